package org.uclg.carta.network;

import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormValidator;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.taxonomy.RegionRef;
import org.uclg.carta.taxonomy.Tags;
import org.uclg.carta.taxonomy.Taxonomy;

/** Editors' changes to the directory: create and update, with tags and an audit trail. */
@Service
class NetworkAdmin {

    static final String ITEM_TYPE = "local_government";

    private final LocalGovernments localGovernments;
    private final Tags tags;
    private final Taxonomy taxonomy;
    private final AuditTrail audit;
    private final FormValidator validator;

    private final org.springframework.context.ApplicationEventPublisher events;

    NetworkAdmin(
            LocalGovernments localGovernments,
            Tags tags,
            Taxonomy taxonomy,
            AuditTrail audit,
            FormValidator validator,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.localGovernments = localGovernments;
        this.tags = tags;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.validator = validator;
    }

    /** The form's constraints and the known regions, for a CSV row or a JSON body. */
    LocalGovernmentForm.Validated validate(LocalGovernmentForm form) {
        FieldErrors errors = validator.check(form);
        if (!knownRegion(form)) {
            errors.reject("region", "network.validation.region");
        }
        return new LocalGovernmentForm.Validated(errors.any() ? null : form.toData(), errors);
    }

    boolean knownRegion(LocalGovernmentForm form) {
        return taxonomy.regions().stream().map(RegionRef::code).anyMatch(form.regionCode()::equals);
    }

    @Transactional
    long create(LocalGovernmentData data, List<Long> articleIds) {
        LocalGovernment lg = new LocalGovernment(null);
        lg.apply(data);
        lg = localGovernments.save(lg);
        tags.set(ITEM_TYPE, lg.id(), articleIds);
        audit.record(ITEM_TYPE, lg.id(), "created", null);
        return lg.id();
    }

    /** Applies an edit made on the version the editor saw; a newer version means someone else saved first. */
    @Transactional
    void update(long id, long seenVersion, LocalGovernmentData data, List<Long> articleIds) {
        LocalGovernment lg = localGovernments.findById(id).orElseThrow(NotFoundException::new);
        if (lg.version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(LocalGovernment.class, id);
        }
        String changed = describeChanges(lg.data(), data);
        boolean renamed = !lg.data().name().equals(data.name());
        lg.apply(data);
        tags.set(ITEM_TYPE, id, articleIds);
        audit.record(ITEM_TYPE, id, "updated", changed);
        if (renamed) {
            events.publishEvent(new LocalGovernmentRenamed(id));
        }
    }

    /** Creates or updates by external id (CSV import and demo content). */
    @Transactional
    boolean upsert(String externalId, LocalGovernmentData data) {
        var existing = localGovernments.findByExternalId(externalId);
        LocalGovernment lg = existing.orElseGet(() -> new LocalGovernment(externalId));
        lg.apply(data);
        lg = localGovernments.save(lg);
        audit.record(ITEM_TYPE, lg.id(), existing.isPresent() ? "imported" : "created", externalId);
        return existing.isEmpty();
    }

    private static String describeChanges(LocalGovernmentData before, LocalGovernmentData after) {
        StringBuilder sb = new StringBuilder();
        diff(sb, "name", before.name().values(), after.name().values());
        diff(sb, "type", before.type(), after.type());
        diff(sb, "country", before.country(), after.country());
        diff(sb, "region", before.region(), after.region());
        diff(sb, "population", before.population(), after.population());
        diff(sb, "website", before.website(), after.website());
        diff(sb, "status", before.status(), after.status());
        diff(sb, "memberSince", before.memberSince(), after.memberSince());
        return sb.toString();
    }

    private static void diff(StringBuilder sb, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            sb.append(sb.length() == 0 ? "" : "; ")
                    .append(field)
                    .append(": ")
                    .append(before)
                    .append(" → ")
                    .append(after);
        }
    }
}
