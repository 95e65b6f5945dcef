package org.uclg.carta.monitoring.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public indicator values: those of published reports and those the secretariat imported.
 * Plain SQL, since dashboards read them by the hundred thousand.
 */
@Component
public class IndicatorValues {

    private static final String UPSERT = """
            insert into indicator_value (indicator_id, local_government_id, year, disaggregation, value, report_id, updated_at)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (indicator_id, local_government_id, year, disaggregation)
            do update set value = excluded.value, report_id = excluded.report_id, updated_at = excluded.updated_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    public IndicatorValues(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /** One value of a local government, year and breakdown ("" for the total). */
    public record Point(long indicatorId, long localGovernmentId, int year, String disaggregation, BigDecimal value) {}

    public void put(Point p, Long reportId) {
        jdbc.sql(UPSERT)
                .params(
                        p.indicatorId(),
                        p.localGovernmentId(),
                        p.year(),
                        p.disaggregation(),
                        p.value(),
                        reportId,
                        Timestamp.from(Instant.now(clock)))
                .update();
    }

    public Optional<BigDecimal> find(long indicatorId, long localGovernmentId, int year, String disaggregation) {
        return jdbc.sql("""
                select value from indicator_value
                where indicator_id = ? and local_government_id = ? and year = ? and disaggregation = ?""")
                .params(indicatorId, localGovernmentId, year, disaggregation)
                .query(BigDecimal.class)
                .optional();
    }

    /** A local government's totals (no breakdown), by indicator and year. */
    public List<Point> totalsOf(long localGovernmentId) {
        return jdbc.sql("""
                select indicator_id, local_government_id, year, disaggregation, value from indicator_value
                where local_government_id = ? and disaggregation = '' order by indicator_id, year""")
                .param(localGovernmentId)
                .query(IndicatorValues::point)
                .list();
    }

    /** The totals of several local governments for some indicators, by year. */
    public List<Point> totalsOf(Collection<Long> localGovernmentIds, Collection<Long> indicatorIds) {
        if (localGovernmentIds.isEmpty() || indicatorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select indicator_id, local_government_id, year, disaggregation, value from indicator_value
                where local_government_id in (:lgs) and indicator_id in (:indicators) and disaggregation = ''
                order by indicator_id, local_government_id, year""")
                .param("lgs", localGovernmentIds)
                .param("indicators", indicatorIds)
                .query(IndicatorValues::point)
                .list();
    }

    /** A local government's breakdowns (sex=female…), by indicator and year. */
    public List<Point> breakdownsOf(long localGovernmentId) {
        return jdbc.sql("""
                select indicator_id, local_government_id, year, disaggregation, value from indicator_value
                where local_government_id = ? and disaggregation <> ''
                order by indicator_id, year, disaggregation""")
                .param(localGovernmentId)
                .query(IndicatorValues::point)
                .list();
    }

    private static Point point(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Point(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5));
    }
}
