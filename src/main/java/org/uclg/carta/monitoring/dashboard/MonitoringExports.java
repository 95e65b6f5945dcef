package org.uclg.carta.monitoring.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.uclg.carta.kit.csv.TableWriter;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.monitoring.reporting.CycleService;
import org.uclg.carta.monitoring.reporting.CycleView;

/**
 * Streams published statuses and public indicator values row by row from a PostgreSQL cursor,
 * so an export of hundreds of thousands of rows needs little memory.
 */
@Component
public class MonitoringExports {

    public static final List<String> STATUS_COLUMNS = List.of(
            "cycle_id",
            "local_government_id",
            "local_government_external_id",
            "local_government",
            "country",
            "framework",
            "article",
            "status",
            "status_label",
            "narrative",
            "published_at");
    public static final List<String> VALUE_COLUMNS = List.of(
            "indicator",
            "local_government_id",
            "local_government_external_id",
            "local_government",
            "country",
            "year",
            "disaggregation",
            "value",
            "unit",
            "from_report");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CycleService cycles;

    private final Languages languages;

    public MonitoringExports(DataSource dataSource, TransactionTemplate tx, CycleService cycles, Languages languages) {
        this.languages = languages;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.tx = tx;
        this.cycles = cycles;
    }

    private String localised(String column) {
        return languages.sqlLocalized(column, "?");
    }

    public void statuses(long cycleId, String lang, TableWriter sink) {
        CycleView cycle = cycles.find(cycleId);
        String sql = "select r.cycle_id, r.local_government_id, lg.external_id, " + localised("lg.name")
                + ", lg.country, a.number, ra.status, " + localised("ra.narrative") + ", r.published_at "
                + "from report r join report_answer ra on ra.report_id = r.id join article a on a.id = ra.article_id "
                + "join local_government lg on lg.id = r.local_government_id "
                + "where r.cycle_id = ? and r.state = 'PUBLISHED' order by r.local_government_id, a.id";
        stream(sink, STATUS_COLUMNS, sql, new Object[] {lang, lang, cycleId}, rs -> {
            String status = rs.getString(7);
            String label = status != null && cycle.scale().has(status)
                    ? cycle.scale().level(status).get().label().in(lang).text()
                    : "";
            return List.of(
                    rs.getLong(1),
                    rs.getLong(2),
                    nz(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5),
                    cycle.frameworkCode(),
                    rs.getString(6),
                    nz(status),
                    label,
                    rs.getString(8),
                    rs.getTimestamp(9) == null
                            ? ""
                            : rs.getTimestamp(9).toInstant().toString());
        });
    }

    /** Every public value of the local governments that adhere, or once adhered, to the framework. */
    public void values(String frameworkCode, String lang, TableWriter sink) {
        String sql = "select i.code, v.local_government_id, lg.external_id, " + localised("lg.name")
                + ", lg.country, v.year, v.disaggregation, v.value, i.unit, v.report_id "
                + "from indicator_value v join indicator i on i.id = v.indicator_id "
                + "join local_government lg on lg.id = v.local_government_id "
                + "where exists (select 1 from adherence a where a.local_government_id = v.local_government_id "
                + "and a.framework_code = ?) order by i.code, v.local_government_id, v.year, v.disaggregation";
        stream(
                sink,
                VALUE_COLUMNS,
                sql,
                new Object[] {lang, frameworkCode},
                rs -> List.of(
                        rs.getString(1),
                        rs.getLong(2),
                        nz(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getBigDecimal(8),
                        rs.getString(9),
                        rs.getObject(10) == null ? "" : rs.getLong(10)));
    }

    public interface RowReader {
        List<Object> read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private void stream(TableWriter sink, List<String> header, String sql, Object[] args, RowReader reader) {
        tx.executeWithoutResult(status -> {
            try {
                sink.row(header);
                jdbc.query(
                        sql,
                        rs -> {
                            try {
                                sink.row(new ArrayList<>(reader.read(rs)));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        args);
                sink.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
