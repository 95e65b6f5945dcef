package org.uclg.carta.advocacy.endorsement;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.advocacy.AdvocacyPermissions;
import org.uclg.carta.advocacy.EndorsementVerified;
import org.uclg.carta.advocacy.EndorsementWithdrawn;
import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.advocacy.campaign.CampaignView;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.files.FileStorage;
import org.uclg.carta.kit.files.StoredFile;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;

/**
 * Official endorsements: one per local government and campaign (the database says so, whatever
 * arrives at once), submitted by a representative, verified by an editor before it counts, and
 * withdrawn with a date rather than deleted. A withdrawn or rejected one may be submitted again.
 */
@Service
@Transactional
public class Endorsements {

    private static final String COLUMNS = """
            id, campaign_id, local_government_id, country, region, statement_version, state, signatory_name,
            signatory_title, decision_reference, decision_date, decision_file_name, submitted_by, submitted_at,
            verified_at, withdrawn_at, rejection_reason""";

    private final JdbcClient jdbc;
    private final CampaignService campaigns;
    private final Directory directory;
    private final AdvocacyPermissions permissions;
    private final FileStorage files;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Endorsements(
            DataSource dataSource,
            CampaignService campaigns,
            Directory directory,
            AdvocacyPermissions permissions,
            FileStorage files,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.campaigns = campaigns;
        this.directory = directory;
        this.permissions = permissions;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A decision document as uploaded: its name and content, stored before the row is written. */
    public record Document(String name, InputStream content) {}

    /**
     * Records the endorsement as pending; the decision document, if any, is stored first.
     *
     * @throws WorkflowException when the campaign is not taking endorsements or the local government already endorsed it
     */
    public long endorse(long campaignId, EndorsementRequest r, Document document, Actor actor) throws IOException {
        permissions.requireActFor(actor, r.localGovernmentId());
        CampaignView c = campaigns.visible(campaignId, actor);
        if (!c.taking(campaigns.today())) {
            throw new WorkflowException("campaigns.error.notTaking");
        }
        LocalGovernmentView lg = directory.find(r.localGovernmentId()).orElseThrow(NotFoundException::new);
        StoredFile stored = document == null ? null : files.store(document.content(), document.name());
        Optional<Long> id = jdbc.sql("""
                insert into endorsement (campaign_id, local_government_id, country, region, statement_version, state,
                    signatory_name, signatory_title, decision_reference, decision_date, decision_file_key,
                    decision_file_name, submitted_by, submitted_at)
                values (:campaign, :lg, :country, :region, :statement, 'pending', :name, :title, :reference, :date,
                    :fileKey, :fileName, :by, :now)
                on conflict (campaign_id, local_government_id) do update set
                    statement_version = excluded.statement_version, state = 'pending',
                    signatory_name = excluded.signatory_name, signatory_title = excluded.signatory_title,
                    decision_reference = excluded.decision_reference, decision_date = excluded.decision_date,
                    decision_file_key = excluded.decision_file_key, decision_file_name = excluded.decision_file_name,
                    submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at,
                    verified_by = null, verified_at = null, rejection_reason = null, withdrawn_at = null,
                    withdrawn_by = null, version = endorsement.version + 1
                where endorsement.state in ('withdrawn', 'rejected')
                returning id""")
                .param("campaign", campaignId)
                .param("lg", lg.id())
                .param("country", lg.country())
                .param("region", lg.region())
                .param("statement", c.statementVersion())
                .param("name", r.signatoryName())
                .param("title", r.signatoryTitle())
                .param("reference", org.uclg.carta.kit.web.Inputs.blankToNull(r.decisionReference()))
                .param("date", r.decisionDate())
                .param("fileKey", stored == null ? null : stored.key())
                .param("fileName", stored == null ? null : StoredFile.cleanName(document.name()))
                .param("by", actor.username())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            if (stored != null) {
                files.delete(stored.key());
            }
            throw new WorkflowException("campaigns.error.alreadyEndorsed");
        }
        audit.record("endorsement", id.get(), "submitted", "campaign " + campaignId);
        return id.get();
    }

    public void verify(long id, Actor actor) {
        permissions.requireEditor(actor);
        EndorsementView e = find(id);
        int n = jdbc.sql("""
                update endorsement set state = 'verified', verified_by = ?, verified_at = ?, version = version + 1
                where id = ? and state = 'pending'""")
                .params(actor.username(), Timestamp.from(clock.instant()), id)
                .update();
        if (n == 0) {
            throw new WorkflowException("campaigns.error.state");
        }
        audit.record("endorsement", id, "verified", null);
        events.publishEvent(new EndorsementVerified(e.campaignId(), id, e.localGovernmentId()));
    }

    public void reject(long id, String reason, Actor actor) {
        permissions.requireEditor(actor);
        find(id);
        int n = jdbc.sql("""
                update endorsement set state = 'rejected', rejection_reason = ?, verified_by = ?, version = version + 1
                where id = ? and state = 'pending'""").params(reason, actor.username(), id).update();
        if (n == 0) {
            throw new WorkflowException("campaigns.error.state");
        }
        audit.record("endorsement", id, "rejected", reason);
    }

    /** The local government's representatives or an editor withdraw it; the row stays, dated. */
    public void withdraw(long id, Actor actor) {
        EndorsementView e = find(id);
        AdvocacyPermissions.require(
                permissions.isEditor(actor) || actor.represents(e.localGovernmentId()), "Not allowed to withdraw");
        int n = jdbc.sql("""
                update endorsement set state = 'withdrawn', withdrawn_at = ?, withdrawn_by = ?, version = version + 1
                where id = ? and state in ('pending', 'verified')""")
                .params(Timestamp.from(clock.instant()), actor.username(), id)
                .update();
        if (n == 0) {
            throw new WorkflowException("campaigns.error.state");
        }
        audit.record("endorsement", id, "withdrawn", null);
        events.publishEvent(new EndorsementWithdrawn(e.campaignId(), id, e.localGovernmentId()));
    }

    @Transactional(readOnly = true)
    public EndorsementView find(long id) {
        return jdbc.sql("select " + COLUMNS + " from endorsement where id = ?")
                .param(id)
                .query(Endorsements::row)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /** Every endorsement of a campaign, for editors: pending first. */
    @Transactional(readOnly = true)
    public List<EndorsementView> all(long campaignId) {
        return jdbc.sql("select " + COLUMNS + """
                         from endorsement where campaign_id = ?
                        order by case state when 'pending' then 0 when 'verified' then 1 else 2 end, submitted_at desc""")
                .param(campaignId)
                .query(Endorsements::row)
                .list();
    }

    /** The endorsements of the local governments a representative acts for. */
    @Transactional(readOnly = true)
    public List<EndorsementView> ofLocalGovernments(long campaignId, java.util.Collection<Long> lgs) {
        if (lgs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from endorsement where campaign_id = :c and local_government_id in (:lgs)")
                .param("c", campaignId)
                .param("lgs", lgs)
                .query(Endorsements::row)
                .list();
    }

    /** Public: verified endorsements, first verified first. */
    @Transactional(readOnly = true)
    public List<EndorsementView> verified(long campaignId, Paging paging) {
        return jdbc.sql("select " + COLUMNS + """
                         from endorsement where campaign_id = ? and state = 'verified'
                        order by verified_at, id limit ? offset ?""")
                .params(campaignId, paging.size(), paging.offset())
                .query(Endorsements::row)
                .list();
    }

    @Transactional(readOnly = true)
    public long countVerified(long campaignId) {
        // Kept by a trigger on endorsement (see V2026_12_12_1__campaign_tally.sql).
        return jdbc.sql("select coalesce((select local_governments from campaign_tally where campaign_id = ?), 0)")
                .param(campaignId)
                .query(Long.class)
                .single();
    }

    /** Verified endorsements by country code, for the map, and by region code. */
    @Transactional(readOnly = true)
    public Map<String, Long> countBy(long campaignId, String column) {
        String col = column.equals("region") ? "region" : "country";
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("select " + col + ", count(*) from endorsement where campaign_id = ? and state = 'verified' and " + col
                        + " is not null group by 1 order by 2 desc, 1")
                .param(campaignId)
                .query((rs, n) -> out.put(rs.getString(1), rs.getLong(2)))
                .list();
        return out;
    }

    /** The campaigns a local government endorsed (verified, not withdrawn), for its page. */
    @Transactional(readOnly = true)
    public List<Long> campaignsEndorsedBy(long localGovernmentId) {
        return jdbc.sql("select campaign_id from endorsement where local_government_id = ? and state = 'verified'")
                .param(localGovernmentId)
                .query(Long.class)
                .list();
    }

    /** The accounts to tell of a new statement: representatives of local governments whose endorsement stands. */
    @Transactional(readOnly = true)
    public List<Long> standingLocalGovernments(long campaignId) {
        return jdbc.sql(
                        "select local_government_id from endorsement where campaign_id = ? and state in ('pending', 'verified')")
                .param(campaignId)
                .query(Long.class)
                .list();
    }

    /** The stored decision document of a verified endorsement (editors and its representatives see any). */
    @Transactional(readOnly = true)
    public Optional<String> decisionFileKey(long id, Actor actor) {
        EndorsementView e = find(id);
        if (!e.verified() && !permissions.isEditor(actor) && !actor.represents(e.localGovernmentId())) {
            return Optional.empty();
        }
        return Optional.ofNullable(jdbc.sql("select decision_file_key from endorsement where id = ?")
                .param(id)
                .query(String.class)
                .single());
    }

    private static EndorsementView row(ResultSet rs, int n) throws SQLException {
        Date decided = rs.getDate(11);
        Timestamp verified = rs.getTimestamp(15);
        Timestamp withdrawn = rs.getTimestamp(16);
        return new EndorsementView(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                decided == null ? null : decided.toLocalDate(),
                rs.getString(12),
                rs.getString(13),
                rs.getTimestamp(14).toInstant(),
                verified == null ? null : verified.toInstant(),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString(17));
    }
}
