package org.uclg.carta.monitoring.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the public dashboards, counted by PostgreSQL from published reports only, so a
 * framework with a thousand adherents and years of cycles stays quick.
 */
@Component
public class Dashboards {

    private static final String PUBLISHED = "'PUBLISHED'";

    private final JdbcClient jdbc;

    public Dashboards(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** A cycle's adherents (at its deadline) and how many of them published a report. */
    public record Rate(long cycleId, long adherents, long published) {
        double percent() {
            return adherents == 0 ? 0 : 100.0 * published / adherents;
        }
    }

    public List<Rate> rates(String frameworkCode) {
        return jdbc.sql("""
                select c.id,
                  (select count(*) from adherence a where a.framework_code = c.framework_code
                     and a.adhered_on <= c.deadline and (a.withdrawn_on is null or a.withdrawn_on > c.deadline)),
                  (select count(*) from report r where r.cycle_id = c.id and r.state = %s)
                from reporting_cycle c where c.framework_code = ? order by c.period_end, c.id""".formatted(PUBLISHED))
                .param(frameworkCode)
                .query((rs, n) -> new Rate(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** Current adherents per region code. */
    public Map<String, Long> adherentsByRegion(String frameworkCode) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select lg.region_code, count(*) from adherence a join local_government lg on lg.id = a.local_government_id
                where a.framework_code = ? and a.withdrawn_on is null group by lg.region_code order by 2 desc, 1""")
                .param(frameworkCode)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    /** Per country: current adherents and, for the cycle, published reports. */
    public record CountryRow(String country, long adherents, long published) {}

    public List<CountryRow> byCountry(String frameworkCode, Long cycleId) {
        return jdbc.sql("""
                select lg.country, count(*),
                  count(*) filter (where exists (select 1 from report r where r.cycle_id = :cycle
                     and r.local_government_id = lg.id and r.state = %s))
                from adherence a join local_government lg on lg.id = a.local_government_id
                where a.framework_code = :framework and a.withdrawn_on is null
                group by lg.country order by lg.country""".formatted(PUBLISHED))
                .param("cycle", cycleId == null ? -1L : cycleId)
                .param("framework", frameworkCode)
                .query((rs, n) -> new CountryRow(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** For a cycle: article id, then status code, then how many published reports gave it. */
    public Map<Long, Map<String, Long>> statuses(long cycleId) {
        Map<Long, Map<String, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select ra.article_id, ra.status, count(*) from report_answer ra join report r on r.id = ra.report_id
                where r.cycle_id = ? and r.state = %s and ra.status is not null
                group by ra.article_id, ra.status""".formatted(PUBLISHED))
                .param(cycleId)
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getLong(3)))
                .list();
        return counts;
    }

    /** For each cycle of the framework: status code, then how many answers of published reports gave it. */
    public Map<Long, Map<String, Long>> trend(String frameworkCode) {
        Map<Long, Map<String, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select r.cycle_id, ra.status, count(*) from report_answer ra join report r on r.id = ra.report_id
                join reporting_cycle c on c.id = r.cycle_id
                where c.framework_code = ? and r.state = %s and ra.status is not null
                group by r.cycle_id, ra.status""".formatted(PUBLISHED))
                .param(frameworkCode)
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getLong(3)))
                .list();
        return counts;
    }

    /** Local governments whose published reports answer an article, with the status of their latest one. */
    public record Progress(long localGovernmentId, long reportId, long cycleId, String status) {}

    public List<Progress> progressOn(long articleId) {
        return jdbc.sql("""
                select distinct on (r.local_government_id) r.local_government_id, r.id, r.cycle_id, ra.status
                from report_answer ra join report r on r.id = ra.report_id join reporting_cycle c on c.id = r.cycle_id
                where ra.article_id = ? and r.state = %s and ra.status is not null
                order by r.local_government_id, c.period_end desc""".formatted(PUBLISHED))
                .param(articleId)
                .query((rs, n) -> new Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /** The latest published status a local government gave an article. */
    public record Latest(long localGovernmentId, long articleId, long reportId, long cycleId, String status) {}

    public List<Latest> latestStatuses(List<Long> localGovernmentIds, List<Long> articleIds) {
        if (localGovernmentIds.isEmpty() || articleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct on (r.local_government_id, ra.article_id) r.local_government_id, ra.article_id, r.id,
                  r.cycle_id, ra.status
                from report_answer ra join report r on r.id = ra.report_id join reporting_cycle c on c.id = r.cycle_id
                where r.local_government_id in (:lgs) and ra.article_id in (:articles) and r.state = %s
                  and ra.status is not null
                order by r.local_government_id, ra.article_id, c.period_end desc""".formatted(PUBLISHED))
                .param("lgs", localGovernmentIds)
                .param("articles", articleIds)
                .query((rs, n) ->
                        new Latest(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)))
                .list();
    }
}
