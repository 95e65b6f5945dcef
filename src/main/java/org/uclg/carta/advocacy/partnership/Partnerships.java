package org.uclg.carta.advocacy.partnership;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.advocacy.AdvocacyPermissions;
import org.uclg.carta.advocacy.AgreementRecorded;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.files.FileStorage;
import org.uclg.carta.kit.files.StoredFile;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.i18n.TranslatableTextConverter;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.network.Directory;

/**
 * Agreements with partner organisations and their focal points. Agreements are public; focal
 * points' details only reach signed-in members and the secretariat.
 */
@Service
@Transactional
public class Partnerships {

    static final String AGREEMENT = "partner-agreement";
    private static final TranslatableTextConverter TEXT = new TranslatableTextConverter();
    private static final String COLUMNS =
            "id, partner_id, kind, title, scope, signed_on, starts_on, ends_on, reference, file_name, version";

    private final JdbcClient jdbc;
    private final FileStorage files;
    private final Directory directory;
    private final AdvocacyPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Partnerships(
            DataSource dataSource,
            FileStorage files,
            Directory directory,
            AdvocacyPermissions permissions,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.files = files;
        this.directory = directory;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** An uploaded document: the name the browser sent and its bytes. */
    public record Upload(String name, InputStream content) {}

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Agreement> agreements(long partnerId) {
        return jdbc.sql("select " + COLUMNS + " from partner_agreement where partner_id = ?"
                        + " order by signed_on desc, id desc")
                .param(partnerId)
                .query(this::row)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Agreement> inForce(long partnerId) {
        LocalDate today = today();
        return agreements(partnerId).stream().filter(a -> a.active(today)).toList();
    }

    @Transactional(readOnly = true)
    public Agreement agreement(long id) {
        return jdbc.sql("select " + COLUMNS + " from partner_agreement where id = ?")
                .param(id)
                .query(this::row)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    public long record(long partnerId, AgreementData d, Upload document, Actor actor) throws IOException {
        permissions.requireEditor(actor);
        directory.partner(partnerId).orElseThrow(NotFoundException::new);
        StoredFile stored = store(document);
        long id = jdbc.sql("""
                insert into partner_agreement (partner_id, kind, title, scope, signed_on, starts_on, ends_on,
                    reference, file_key, file_name, updated_by, updated_at)
                values (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        partnerId,
                        d.kind().code(),
                        json(d.title()),
                        json(d.scope()),
                        Date.valueOf(d.signedOn()),
                        Date.valueOf(d.startsOn()),
                        d.endsOn() == null ? null : Date.valueOf(d.endsOn()),
                        blankToNull(d.reference()),
                        stored == null ? null : stored.key(),
                        stored == null ? null : StoredFile.cleanName(document.name()),
                        actor.username(),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.record(AGREEMENT, id, "recorded", "partner " + partnerId);
        events.publishEvent(new AgreementRecorded(id, partnerId));
        return id;
    }

    /** Saves when the row is still at the version the editor saw; a new document replaces the old one. */
    public void update(long id, long seenVersion, AgreementData d, Upload document, boolean dropDocument, Actor actor)
            throws IOException {
        permissions.requireEditor(actor);
        Optional<String> oldKey = fileKey(id);
        StoredFile stored = store(document);
        boolean replace = stored != null || dropDocument;
        int n = jdbc.sql("""
                update partner_agreement set kind = ?, title = ?::jsonb, scope = ?::jsonb, signed_on = ?,
                    starts_on = ?, ends_on = ?, reference = ?,
                    file_key = case when ? then ? else file_key end,
                    file_name = case when ? then ? else file_name end,
                    updated_by = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(
                        d.kind().code(),
                        json(d.title()),
                        json(d.scope()),
                        Date.valueOf(d.signedOn()),
                        Date.valueOf(d.startsOn()),
                        d.endsOn() == null ? null : Date.valueOf(d.endsOn()),
                        blankToNull(d.reference()),
                        replace,
                        stored == null ? null : stored.key(),
                        replace,
                        stored == null ? null : StoredFile.cleanName(document.name()),
                        actor.username(),
                        Timestamp.from(clock.instant()),
                        id,
                        seenVersion)
                .update();
        if (n == 0) {
            if (stored != null) {
                files.delete(stored.key());
            }
            throw new ObjectOptimisticLockingFailureException(Agreement.class, id);
        }
        if (replace && oldKey.isPresent()) {
            files.delete(oldKey.get());
        }
        audit.record(AGREEMENT, id, "updated", null);
    }

    /** Removes an agreement recorded by mistake; the audit trail keeps the trace. */
    public long delete(long id, Actor actor) throws IOException {
        permissions.requireEditor(actor);
        Agreement a = agreement(id);
        Optional<String> key = fileKey(id);
        jdbc.sql("delete from partner_agreement where id = ?").param(id).update();
        if (key.isPresent()) {
            files.delete(key.get());
        }
        audit.record(AGREEMENT, id, "deleted", "partner " + a.partnerId());
        return a.partnerId();
    }

    /** The stored document, public like the agreement itself. */
    @Transactional(readOnly = true)
    public Optional<String> fileKey(long id) {
        return jdbc.sql("select file_key from partner_agreement where id = ? and file_key is not null")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** Focal points, or nothing for a viewer who may not see contacts. */
    @Transactional(readOnly = true)
    public List<FocalPoint> focalPoints(long partnerId, Actor viewer) {
        if (!permissions.maySeeContacts(viewer)) {
            return List.of();
        }
        return jdbc.sql("select id, partner_id, name, role, email, phone from partner_focal_point"
                        + " where partner_id = ? order by name, id")
                .param(partnerId)
                .query((rs, n) -> new FocalPoint(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    @Transactional(readOnly = true)
    public int focalPointCount(long partnerId) {
        return jdbc.sql("select count(*) from partner_focal_point where partner_id = ?")
                .param(partnerId)
                .query(Integer.class)
                .single();
    }

    public long addFocalPoint(long partnerId, String name, String role, String email, String phone, Actor actor) {
        permissions.requireEditor(actor);
        directory.partner(partnerId).orElseThrow(NotFoundException::new);
        long id = jdbc.sql("insert into partner_focal_point (partner_id, name, role, email, phone)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(partnerId, name, role, blankToNull(email), blankToNull(phone))
                .query(Long.class)
                .single();
        audit.record("partner", partnerId, "focal-point-added", name);
        return id;
    }

    /** @return the partner the focal point belonged to */
    public long removeFocalPoint(long id, Actor actor) {
        permissions.requireEditor(actor);
        long partnerId = jdbc.sql("delete from partner_focal_point where id = ? returning partner_id")
                .param(id)
                .query(Long.class)
                .optional()
                .orElseThrow(NotFoundException::new);
        audit.record("partner", partnerId, "focal-point-removed", String.valueOf(id));
        return partnerId;
    }

    /** The signed document, kept only when its bytes are a PDF. */
    private StoredFile store(Upload document) throws IOException {
        if (document == null) {
            return null;
        }
        StoredFile stored = files.store(document.content(), document.name());
        if (!"application/pdf".equals(stored.contentType())) {
            files.delete(stored.key());
            throw new org.uclg.carta.kit.files.FileRejectedException("partnerships.error.pdf");
        }
        return stored;
    }

    private Agreement row(ResultSet rs, int n) throws SQLException {
        Date ends = rs.getDate(8);
        return new Agreement(
                rs.getLong(1),
                rs.getLong(2),
                new AgreementData(
                        AgreementKind.ofCode(rs.getString(3)).orElse(AgreementKind.OTHER),
                        TEXT.convertToEntityAttribute(rs.getString(4)),
                        TEXT.convertToEntityAttribute(rs.getString(5)),
                        rs.getDate(6).toLocalDate(),
                        rs.getDate(7).toLocalDate(),
                        ends == null ? null : ends.toLocalDate(),
                        rs.getString(9)),
                rs.getString(10),
                rs.getLong(11));
    }

    private static String json(TranslatableText text) {
        return TEXT.convertToDatabaseColumn(text);
    }

    private static String blankToNull(String s) {
        return org.uclg.carta.kit.web.Inputs.blankToNull(s);
    }
}
