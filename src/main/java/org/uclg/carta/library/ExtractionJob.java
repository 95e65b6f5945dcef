package org.uclg.carta.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uclg.carta.kit.files.FileStorage;

/**
 * Extracts the text of new documents in the background, one at a time, so saving a resource never
 * waits for it; a failure is recorded on the document, which an editor can retry.
 */
@Component
class ExtractionJob {

    private static final Logger log = LoggerFactory.getLogger(ExtractionJob.class);

    private final ResourceFiles files;
    private final FileStorage storage;
    private final DocumentExtractor extractor;
    private final TransactionTemplate tx;

    ExtractionJob(ResourceFiles files, FileStorage storage, DocumentExtractor extractor, TransactionTemplate tx) {
        this.files = files;
        this.storage = storage;
        this.extractor = extractor;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${carta.extraction.delay-ms:2000}",
            initialDelayString = "${carta.extraction.delay-ms:2000}")
    void tick() {
        runPending();
    }

    /** Runs the action while no extraction runs (an index rebuild must not race with page updates). */
    synchronized void paused(Runnable action) {
        action.run();
    }

    /**
     * Extracts every pending document; returns how many were processed. Documents are read ten
     * at a time and their texts saved together, in one transaction (one index commit) per ten.
     */
    synchronized int runPending() {
        int done = 0;
        for (;;) {
            var ids = files.pending(PageRequest.of(0, 10));
            if (ids.isEmpty()) {
                return done;
            }
            Map<Long, DocumentExtractor.Extraction> results = new LinkedHashMap<>();
            for (Long id : ids) {
                results.put(id, extract(id));
                done++;
            }
            tx.executeWithoutResult(s -> results.forEach((id, outcome) -> files.findById(id).ifPresent(f -> {
                if (outcome.failure() != null) {
                    f.failed(outcome.failure());
                } else {
                    f.extracted(outcome.pages(), outcome.language());
                }
                log.debug("Extracted document {}: {}", id, outcome.failure() == null
                        ? outcome.pages().size() + " pages" : outcome.failure());
            })));
        }
    }

    private DocumentExtractor.Extraction extract(long id) {
        record Work(String key, String contentType) {
        }
        Work work = tx.execute(s -> files.findById(id).map(f -> new Work(f.storageKey(), f.contentType())).orElse(null));
        if (work == null) {
            return DocumentExtractor.Extraction.failed("file.unreadable");
        }
        Path tmp = null;
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
