package org.uclg.carta.monitoring.adherence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.InvalidInputException;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.monitoring.AdherenceRecorded;
import org.uclg.carta.monitoring.AdherenceWithdrawn;
import org.uclg.carta.monitoring.MonitoringPermissions;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.FrameworkSummary;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * Adherences to the charters: who adhered to which framework, recorded by editors or by the
 * local government's own representatives; withdrawals end an adherence but keep it on record.
 */
@Service
@Transactional
public class AdherenceService {

    public static final String ITEM_TYPE = "adherence";
    public static final Set<String> ADHERABLE_KINDS = Set.of("charter", "principles");

    private final Adherences adherences;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final MonitoringPermissions permissions;

    public AdherenceService(
            Adherences adherences,
            Directory directory,
            Taxonomy taxonomy,
            AuditTrail audit,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            MonitoringPermissions permissions) {
        this.permissions = permissions;
        this.events = events;
        this.adherences = adherences;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The frameworks a local government can adhere to: the charters and the Gwangju principles. */
    @Transactional(readOnly = true)
    public List<FrameworkSummary> adherable() {
        return taxonomy.frameworks().stream()
                .filter(f -> ADHERABLE_KINDS.contains(f.kind()))
                .toList();
    }

    @Transactional(readOnly = true)
    public FrameworkSummary adherableFramework(String code) {
        return adherable().stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** How many local governments currently adhere to each framework. */
    @Transactional(readOnly = true)
    public Map<String, Long> adherentCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        adherable().forEach(f -> counts.put(f.code(), 0L));
        adherences
                .countsByFramework()
                .forEach(row -> counts.computeIfPresent((String) row[0], (k, v) -> (Long) row[1]));
        return counts;
    }

    /** The current adherents of a framework, filtered by region and country, with counts per region. */
    @Transactional(readOnly = true)
    public Adherents adherents(String frameworkCode, String region, String country, String lang) {
        adherableFramework(frameworkCode);
        List<AdherenceView> current = adherences.currentOf(frameworkCode).stream()
                .map(Adherence::view)
                .toList();
        Map<Long, LocalGovernmentView> lgs =
                directory
                        .findAll(current.stream()
                                .map(AdherenceView::localGovernmentId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(LocalGovernmentView::id, Function.identity()));
        Map<String, Long> byRegion = new LinkedHashMap<>();
        taxonomy.regions().forEach(r -> byRegion.put(r.code(), 0L));
        List<Adherent> rows = new java.util.ArrayList<>();
        for (AdherenceView a : current) {
            LocalGovernmentView lg = lgs.get(a.localGovernmentId());
            if (lg == null) {
                continue;
            }
            byRegion.merge(lg.region(), 1L, Long::sum);
            if ((region == null || region.equals(lg.region())) && (country == null || country.equals(lg.country()))) {
                rows.add(new Adherent(a, lg));
            }
        }
        rows.sort(Comparator.comparing(
                (Adherent r) -> r.localGovernment().name().in(lang).text(),
                java.text.Collator.getInstance(java.util.Locale.forLanguageTag(lang))));
        return new Adherents(frameworkCode, rows, current.size(), byRegion);
    }

    @Transactional(readOnly = true)
    public List<AdherenceView> ofLocalGovernment(long localGovernmentId) {
        return adherences.ofLocalGovernment(localGovernmentId).stream()
                .map(Adherence::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<AdherenceView> find(long id) {
        return adherences.findById(id).map(Adherence::view);
    }

    /** Records an adherence; refused with a field error when the local government already adheres. */
    public long record(long localGovernmentId, String frameworkCode, AdherenceData data, Actor user) {
        permissions.requireManage(user, localGovernmentId);
        adherableFramework(frameworkCode);
        if (!directory.exists(localGovernmentId)) {
            throw new NotFoundException();
        }
        if (adherences.current(localGovernmentId, frameworkCode).isPresent()) {
            throw new InvalidInputException(new FieldErrors()
                    .reject("framework", "monitoring.error.alreadyAdheres")
                    .all());
        }
        Adherence a = new Adherence(localGovernmentId, frameworkCode, AuditTrail.currentActor(), now());
        a.apply(data, now());
        adherences.save(a);
        audit.record(ITEM_TYPE, a.view().id(), "recorded", frameworkCode);
        events.publishEvent(new AdherenceRecorded(a.view().id(), localGovernmentId, frameworkCode));
        return a.view().id();
    }

    public void withdraw(long id, LocalDate on, String reason, Actor user) {
        Adherence a = adherences.findById(id).orElseThrow(NotFoundException::new);
        permissions.requireManage(user, a.localGovernmentId());
        if (a.current()) {
            a.withdraw(on, reason, now());
            audit.record(ITEM_TYPE, id, "withdrawn", reason);
            events.publishEvent(
                    new AdherenceWithdrawn(id, a.localGovernmentId(), a.view().frameworkCode()));
        }
    }

    /** Demo content: records an adherence unless the local government already has one. */
    public void recordQuietly(long localGovernmentId, String frameworkCode, AdherenceData data) {
        if (adherences.current(localGovernmentId, frameworkCode).isEmpty()) {
            Adherence a = new Adherence(localGovernmentId, frameworkCode, AuditTrail.currentActor(), now());
            a.apply(data, now());
            adherences.save(a);
        }
    }

    /** Every article a commitment or an indicator can be linked to: those of the tag picker. */
    public static Set<Long> linkableArticles(Taxonomy taxonomy) {
        return taxonomy.pickerGroups().stream()
                .flatMap(g -> g.articles().stream())
                .map(org.uclg.carta.taxonomy.ArticleRef::id)
                .collect(Collectors.toSet());
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** A current adherent with its local government. */
    public record Adherent(AdherenceView adherence, LocalGovernmentView localGovernment) {}

    /** The adherents shown (after filters), how many there are in all, and how many per region. */
    public record Adherents(String frameworkCode, List<Adherent> rows, long total, Map<String, Long> byRegion) {}
}
