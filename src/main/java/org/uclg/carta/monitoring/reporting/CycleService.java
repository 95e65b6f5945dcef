package org.uclg.carta.monitoring.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.monitoring.indicator.Indicator;
import org.uclg.carta.monitoring.indicator.IndicatorView;
import org.uclg.carta.monitoring.indicator.Indicators;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Taxonomy;

/** Reporting cycles: opened and edited by the secretariat, listed for everyone. */
@Service
@Transactional
public class CycleService {

    public static final String ITEM_TYPE = "reporting_cycle";

    private final Cycles cycles;
    private final Reports reports;
    private final Indicators indicators;
    private final Taxonomy taxonomy;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final CartaProperties props;
    private final Clock clock;

    public CycleService(
            Cycles cycles,
            Reports reports,
            Indicators indicators,
            Taxonomy taxonomy,
            AuditTrail audit,
            MessageSource messages,
            CartaProperties props,
            Clock clock) {
        this.cycles = cycles;
        this.reports = reports;
        this.indicators = indicators;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.messages = messages;
        this.props = props;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CycleView find(long id) {
        return cycles.findById(id).map(ReportingCycle::view).orElseThrow(NotFoundException::new);
    }

    /** A framework's cycles, oldest period first. */
    @Transactional(readOnly = true)
    public List<CycleView> ofFramework(String frameworkCode) {
        return cycles.ofFramework(frameworkCode).stream()
                .map(ReportingCycle::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CycleView> newestFirst() {
        return cycles.newestFirst().stream().map(ReportingCycle::view).toList();
    }

    @Transactional(readOnly = true)
    public List<CycleView> openOn(LocalDate day) {
        return cycles.openOn(day).stream().map(ReportingCycle::view).toList();
    }

    public StatusScale standardScale() {
        return StatusScale.standard(messages, props.languages());
    }

    /** The articles a cycle of this framework may ask about, in the framework's order. */
    @Transactional(readOnly = true)
    public List<ArticleRef> frameworkArticles(String frameworkCode) {
        return taxonomy.articles(frameworkCode);
    }

    /** The articles a cycle asks about, in the framework's order. */
    @Transactional(readOnly = true)
    public List<ArticleRef> askedArticles(CycleView cycle) {
        return taxonomy.articles(cycle.frameworkCode()).stream()
                .filter(a -> cycle.articleIds().contains(a.id()))
                .toList();
    }

    /** The indicators a cycle asks for, by code. */
    @Transactional(readOnly = true)
    public List<IndicatorView> askedIndicators(CycleView cycle) {
        return indicators.findAllById(cycle.indicatorIds()).stream()
                .map(Indicator::view)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<IndicatorView> allIndicators() {
        return indicators.findAll(org.springframework.data.domain.Sort.by("code")).stream()
                .map(Indicator::view)
                .toList();
    }

    public Set<Long> articleIdsOf(String frameworkCode) {
        return taxonomy.articles(frameworkCode).stream().map(ArticleRef::id).collect(Collectors.toSet());
    }

    public Set<Long> indicatorIds() {
        return indicators.findAll().stream().map(i -> i.view().id()).collect(Collectors.toSet());
    }

    public boolean hasReports(long cycleId) {
        return reports.existsByCycleId(cycleId);
    }

    public long create(String frameworkCode, CycleData data) {
        ReportingCycle c = new ReportingCycle(frameworkCode, AuditTrail.currentActor());
        c.apply(data, Instant.now(clock));
        cycles.save(c);
        audit.record(ITEM_TYPE, c.view().id(), "opened", frameworkCode);
        return c.view().id();
    }

    public void update(long id, long seenVersion, CycleData data) {
        ReportingCycle c = cycles.findById(id).orElseThrow(NotFoundException::new);
        if (c.version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(ReportingCycle.class, id);
        }
        c.apply(data, Instant.now(clock));
        audit.record(ITEM_TYPE, id, "updated", null);
    }
}
