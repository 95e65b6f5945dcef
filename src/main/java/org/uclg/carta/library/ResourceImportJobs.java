package org.uclg.carta.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.uclg.carta.kit.csv.ImportReport;

/**
 * Runs checked imports one at a time in the background, so the editor watches a progress bar
 * instead of a request that times out. The last few jobs are kept in memory for their reports.
 */
@Component
class ResourceImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ResourceImportJobs.class);
    private static final int KEPT = 20;

    enum State { RUNNING, DONE, FAILED }

    static final class Job {
        final String id = UUID.randomUUID().toString();
        final int total;
        volatile int done;
        volatile State state = State.RUNNING;
        volatile ImportReport report;

        Job(int total) {
            this.total = total;
        }

        ImportProgress progress() {
            return new ImportProgress(id, state.name().toLowerCase(java.util.Locale.ROOT), done, total, report);
        }
    }

    private final ResourceImport resourceImport;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "resource-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    });

    ResourceImportJobs(ResourceImport resourceImport) {
        this.resourceImport = resourceImport;
    }

    /** Starts writing a checked plan, as the current user; the folder of uploads is removed at the end. */
    Job start(ResourceImport.Plan plan, Path folder, Path zip) {
        Job job = new Job(plan.rows().size());
        jobs.put(job.id, job);
        executor.submit(new DelegatingSecurityContextRunnable(() -> run(job, plan, folder, zip),
                SecurityContextHolder.getContext()));
        return job;
    }

    Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job, ResourceImport.Plan plan, Path folder, Path zip) {
        try {
            job.report = resourceImport.run(plan, zip, n -> job.done = n);
            job.state = job.report.imported() ? State.DONE : State.FAILED;
        } catch (RuntimeException | IOException e) {
            log.error("Resource import {} failed", job.id, e);
            job.report = new ImportReport(plan.rows().size(), List.of(), 0, 0, false);
            job.state = State.FAILED;
        } finally {
            deleteFolder(folder);
        }
    }

    static void deleteFolder(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove the upload folder {}", folder, e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
