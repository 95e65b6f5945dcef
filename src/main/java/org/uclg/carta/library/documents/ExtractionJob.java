package org.uclg.carta.library.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.uclg.carta.kit.files.FileStorage;
import org.uclg.carta.library.search.LuceneResourceSearch;

/**
 * Extracts the text of new documents in the background, one at a time, so saving a resource never
 * waits for it; a failure is recorded on the document, which an editor can retry.
 */
@Component
public class ExtractionJob {

    private static final Logger log = LoggerFactory.getLogger(ExtractionJob.class);
    private static final int BATCH = 20;

    private final ResourceFiles files;
    private final FileStorage storage;
    private final DocumentExtractor extractor;
    private final TransactionTemplate tx;
    private final EntityManager em;
    private final LuceneResourceSearch lucene;
    private long backoffMs;
    private long resumeAt;
    /** Saves a batch while the next is read; one batch at a time (runPending waits for each). */
    private final Executor saver;

    public ExtractionJob(
            ResourceFiles files,
            FileStorage storage,
            DocumentExtractor extractor,
            TransactionTemplate tx,
            EntityManager em,
            LuceneResourceSearch lucene,
            @Qualifier("applicationTaskExecutor") Executor saver) {
        this.saver = saver;
        this.em = em;
        this.lucene = lucene;
        this.files = files;
        this.storage = storage;
        this.extractor = extractor;
        this.tx = tx;
    }

    @Scheduled(
            fixedDelayString = "${carta.extraction.delay-ms:2000}",
            initialDelayString = "${carta.extraction.delay-ms:2000}")
    public void tick() {
        if (System.currentTimeMillis() < resumeAt) {
            return;
        }
        try {
            runPending();
            backoffMs = 0;
        } catch (RuntimeException e) {
            // The database is away or something unforeseen fails every run: wait longer each time
            // (up to ten minutes) rather than spin and fill the log.
            backoffMs = Math.min(backoffMs == 0 ? 10_000 : backoffMs * 2, 600_000);
            resumeAt = System.currentTimeMillis() + backoffMs;
            log.warn("Text extraction failed, next try in {} s: {}", backoffMs / 1000, e.toString());
        }
    }

    /** Runs the action while no extraction runs (an index rebuild must not race with page updates). */
    public synchronized void paused(Pausable action) throws InterruptedException {
        action.run();
    }

    /** Work that waits for extraction to pause, and may itself wait. */
    public interface Pausable {
        void run() throws InterruptedException;
    }

    /**
     * Extracts every pending document; returns how many were processed, searchable by then.
     * Documents are read in batches, and each batch's texts are saved in one transaction on another
     * thread while the next batch is read: saving mostly waits for the database, reading needs a core.
     */
    public synchronized int runPending() {
        int done = 0;
        long after = 0;
        CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);
        try {
            for (; ; ) {
                List<ResourceFiles.Work> batch = files.pending(after, PageRequest.of(0, BATCH));
                if (batch.isEmpty()) {
                    break;
                }
                Map<Long, DocumentExtractor.Extraction> results = new LinkedHashMap<>();
                long chars = 0;
                for (ResourceFiles.Work work : batch) {
                    DocumentExtractor.Extraction outcome = extract(work);
                    results.put(work.id(), outcome);
                    after = work.id();
                    done++;
                    chars += outcome.length();
                    if (chars >= DocumentExtractor.MAX_CHARS) { // a few huge documents make a batch
                        break;
                    }
                }
                saving.join(); // one batch saved at a time, which bounds the texts held in memory
                saving = CompletableFuture.runAsync(() -> save(results), saver);
            }
        } finally {
            saving.join();
        }
        if (done > 0) {
            Search.mapping(em.getEntityManagerFactory())
                    .scope(Object.class)
                    .workspace()
                    .refresh();
        }
        return done;
    }

    /**
     * Saves a batch in one transaction; if the database refuses it, saves each document on its
     * own, so that one document it refuses is marked failed and never holds back the others.
     */
    private void save(Map<Long, DocumentExtractor.Extraction> results) {
        try {
            saveTogether(results);
        } catch (RuntimeException e) {
            log.info("A batch of extracted texts was refused ({}); saving its documents one by one", e.toString());
            for (var one : results.entrySet()) {
                try {
                    saveTogether(Map.of(one.getKey(), one.getValue()));
                } catch (RuntimeException refused) {
                    log.warn("Document {} could not be saved: {}", one.getKey(), refused.toString());
                    saveTogether(Map.of(one.getKey(), DocumentExtractor.Extraction.failed("file.unreadable")));
                }
            }
        }
    }

    private void saveTogether(Map<Long, DocumentExtractor.Extraction> results) {
        tx.executeWithoutResult(s -> {
            if (lucene.available()) {
                // Nobody waits for these pages: the index takes them in the background, and one
                // refresh at the end (queued behind them) makes the whole run searchable. An
                // OpenSearch cluster does not keep that order, so there each batch waits.
                Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
            }
            for (ResourceFile f : files.withResources(results.keySet())) {
                DocumentExtractor.Extraction outcome = results.get(f.id());
                if (outcome.failure() != null) {
                    f.failed(outcome.failure());
                } else {
                    f.extracted(outcome.pages(), outcome.language());
                }
                log.debug(
                        "Extracted document {}: {}",
                        f.id(),
                        outcome.failure() == null ? outcome.pages().size() + " pages" : outcome.failure());
            }
        });
    }

    private DocumentExtractor.Extraction extract(ResourceFiles.Work work) {
        var local = storage.localPath(work.key());
        if (local.isPresent()) {
            return Files.isReadable(local.get())
                    ? extractor.extract(local.get(), work.contentType())
                    : DocumentExtractor.Extraction.failed("file.unreadable");
        }
        Path tmp = null; // a copy of a file kept elsewhere, for PDFBox to read at random
        try {
            tmp = Files.createTempFile("carta-extract-", ".bin");
            try (InputStream in = storage.open(work.key())) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return extractor.extract(tmp, work.contentType());
        } catch (IOException e) {
            return DocumentExtractor.Extraction.failed("file.unreadable");
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // A temporary file; the OS cleans its temp folder.
            }
        }
    }
}
