package org.uclg.carta.monitoring.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.InvalidInputException;
import org.uclg.carta.kit.web.NotFoundException;

/** The indicator library: editors keep it (the controller checks the role); everyone reads it. */
@Service
@Transactional
public class IndicatorLibrary {

    public static final String ITEM_TYPE = "indicator";

    private final Indicators indicators;
    private final AuditTrail audit;
    private final Clock clock;

    public IndicatorLibrary(Indicators indicators, AuditTrail audit, Clock clock) {
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IndicatorView> all() {
        return indicators.findAll().stream()
                .map(Indicator::view)
                .sorted(java.util.Comparator.comparing(IndicatorView::kind).thenComparing(IndicatorView::code))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<IndicatorView> find(long id) {
        return indicators.findById(id).map(Indicator::view);
    }

    public long create(IndicatorData data) {
        requireFreeCode(data.code(), null);
        Indicator i = new Indicator(data.code());
        i.apply(data, Instant.now(clock));
        indicators.save(i);
        audit.record(ITEM_TYPE, i.view().id(), "created", data.code());
        return i.view().id();
    }

    public void update(long id, long seenVersion, IndicatorData data) {
        Indicator i = indicators.findById(id).orElseThrow(NotFoundException::new);
        if (i.version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Indicator.class, id);
        }
        requireFreeCode(data.code(), id);
        i.apply(data, Instant.now(clock));
        audit.record(ITEM_TYPE, id, "updated", null);
    }

    /** Demo content: creates the indicator unless its code exists. */
    public void createQuietly(IndicatorData data) {
        if (indicators.findByCode(data.code()).isEmpty()) {
            Indicator i = new Indicator(data.code());
            i.apply(data, Instant.now(clock));
            indicators.save(i);
        }
    }

    private void requireFreeCode(String code, Long self) {
        indicators
                .findByCode(code)
                .filter(other -> self == null || other.view().id() != self)
                .ifPresent(other -> {
                    throw new InvalidInputException(new FieldErrors()
                            .reject("code", "monitoring.indicator.error.codeTaken")
                            .all());
                });
    }
}
