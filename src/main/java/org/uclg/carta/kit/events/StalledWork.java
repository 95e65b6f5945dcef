package org.uclg.carta.kit.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Module events whose listener has not finished: failed, or interrupted by a stop. Spring
 * Modulith keeps them in event_publication and runs them again at start; this lets an admin see
 * them and run them again without a restart. Read with SQL because the registry's own reader
 * loads every incomplete event at once and derives their status from the completion date.
 */
@Component
public class StalledWork {

    /** Younger than this, a listener may simply still be running. */
    static final Duration GRACE = Duration.ofMinutes(1);

    static final int SHOWN = 200;

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;
    private final Clock clock;

    StalledWork(JdbcClient jdbc, IncompleteEventPublications incomplete, Clock clock) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.clock = clock;
    }

    public record Item(
            UUID id,
            String event,
            String listener,
            String payload,
            Instant publishedAt,
            int attempts,
            Instant lastResubmittedAt) {

        /** TermsReindex.on, not the whole qualified method signature. */
        public String listenerName() {
            String method = listener.contains("(") ? listener.substring(0, listener.indexOf('(')) : listener;
            String[] parts = method.split("\\.");
            return parts.length < 2 ? method : parts[parts.length - 2] + "." + parts[parts.length - 1];
        }

        public String eventName() {
            return event.substring(event.lastIndexOf('.') + 1);
        }
    }

    public long count() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and publication_date < ?")
                .param(Timestamp.from(cutoff()))
                .query(Long.class)
                .single();
    }

    public List<Item> oldestFirst() {
        return jdbc.sql("""
                select id, event_type, listener_id, serialized_event, publication_date, completion_attempts,
                       last_resubmission_date
                from event_publication where completion_date is null and publication_date < ?
                order by publication_date limit ?""")
                .param(Timestamp.from(cutoff()))
                .param(SHOWN)
                .query((rs, n) -> new Item(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getInt(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Runs one stalled event's listener again, or all of them when id is null. */
    public void resubmit(UUID id) {
        Instant cutoff = cutoff();
        // The options variant only takes FAILED ones; work cut short by a stop stays PUBLISHED.
        incomplete.resubmitIncompletePublications(
                p -> p.getPublicationDate().isBefore(cutoff) && (id == null || id.equals(p.getIdentifier())));
    }

    private Instant cutoff() {
        return clock.instant().minus(GRACE);
    }
}
