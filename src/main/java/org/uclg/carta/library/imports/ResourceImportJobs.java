package org.uclg.carta.library.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.csv.ImportReport;

/**
 * Runs checked imports one at a time in the background, so the editor watches a progress bar
 * instead of a request that times out. The last few jobs are kept in memory for their reports;
 * every job's state is also kept in the database, so that an import cut short by a restart is
 * shown as stopped (its one transaction rolled back) rather than lost.
 */
@Component
public class ResourceImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ResourceImportJobs.class);
    private static final int KEPT = 20;
    private static final java.util.regex.Pattern UUID_SHAPE = java.util.regex.Pattern.compile("[0-9a-f-]{36}");

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    public static final class Job {
        final String id = UUID.randomUUID().toString();
        final int total;
        volatile int done;
        volatile State state = State.RUNNING;
        volatile ImportReport report;
        volatile String failure;

        Job(int total) {
            this.total = total;
        }

        ImportProgress progress() {
            return new ImportProgress(
                    id, state.name().toLowerCase(java.util.Locale.ROOT), done, total, report, failure);
        }
    }

    private final ResourceImport resourceImport;
    private final Executor executor;
    private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    });

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path uploads;

    public ResourceImportJobs(
            ResourceImport resourceImport,
            DataSource dataSource,
            Clock clock,
            CartaProperties props,
            @Qualifier("importExecutor") Executor executor) {
        this.executor = executor;
        this.resourceImport = resourceImport;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.uploads = props.dataDir().resolve("imports");
    }

    /**
     * Imports run in this process only, so one still "running" at start was cut short by a crash
     * or a kill: its transaction never committed. It is marked failed, and the uploads it left go.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void markInterrupted() {
        int stopped = jdbc.sql("""
                update resource_import_job set state = 'failed', failure = 'library.import.interrupted',
                finished_at = ? where state = 'running'""").param(Timestamp.from(clock.instant())).update();
        if (stopped > 0) {
            log.warn("{} resource import(s) were cut short by the last stop; nothing of them was saved", stopped);
        }
        if (Files.isDirectory(uploads)) {
            try (Stream<Path> folders = Files.list(uploads)) {
                folders.forEach(ResourceImportJobs::deleteFolder);
            } catch (IOException e) {
                log.warn("Could not list the upload folder {}", uploads, e);
            }
        }
    }

    /** Starts writing a checked plan, as the current user; the folder of uploads is removed at the end. */
    public Job start(ResourceImport.Plan plan, Path folder, Path zip) {
        Job job = new Job(plan.rows().size());
        jdbc.sql("insert into resource_import_job (id, state, total, started_at) values (?, 'running', ?, ?)")
                .params(job.id, job.total, Timestamp.from(clock.instant()))
                .update();
        jobs.put(job.id, job);
        executor.execute(new DelegatingSecurityContextRunnable(
                () -> run(job, plan, folder, zip), SecurityContextHolder.getContext()));
        return job;
    }

    /** A job of this run, or one of an earlier run as the database remembers it (without its row report). */
    public Optional<ImportProgress> find(String id) {
        Job job = jobs.get(id);
        if (job != null) {
            return Optional.of(job.progress());
        }
        if (!UUID_SHAPE.matcher(id).matches()) { // a forged id, perhaps with a NUL the database refuses
            return Optional.empty();
        }
        return jdbc.sql("select state, total, created, updated, failure from resource_import_job where id = ?")
                .param(id)
                .query((rs, n) -> {
                    boolean done = "done".equals(rs.getString("state"));
                    int total = rs.getInt("total");
                    ImportReport report = done
                            ? new ImportReport(total, List.of(), rs.getInt("created"), rs.getInt("updated"), true)
                            : null;
                    return new ImportProgress(
                            id, rs.getString("state"), done ? total : 0, total, report, rs.getString("failure"));
                })
                .optional();
    }

    private void run(Job job, ResourceImport.Plan plan, Path folder, Path zip) {
        try {
            job.report = resourceImport.run(plan, zip, n -> job.done = n);
            job.state = job.report.imported() ? State.DONE : State.FAILED;
        } catch (RuntimeException | IOException e) {
            log.error("Resource import {} failed", job.id, e);
            job.failure = "library.import.error";
            job.state = State.FAILED;
        } finally {
            deleteFolder(folder);
            record(job);
        }
    }

    private void record(Job job) {
        ImportReport r = job.report;
        try {
            jdbc.sql("""
                    update resource_import_job set state = ?, created = ?, updated = ?, failure = ?, finished_at = ?
                    where id = ?""")
                    .params(
                            job.state.name().toLowerCase(java.util.Locale.ROOT),
                            r == null ? 0 : r.created(),
                            r == null ? 0 : r.updated(),
                            job.failure,
                            Timestamp.from(clock.instant()),
                            job.id)
                    .update();
        } catch (RuntimeException e) {
            log.warn("Could not record the end of resource import {}", job.id, e);
        }
    }

    public static void deleteFolder(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove the upload folder {}", folder, e);
        }
    }
}
