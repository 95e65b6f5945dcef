package org.uclg.carta.library.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.uclg.carta.kit.files.FileStorage;

/** Pictures of PDFs' first pages, rendered on first request and kept with the document's files. */
@Component
public class Thumbnails {

    private final ResourceFiles files;
    private final FileStorage storage;
    private final DocumentExtractor extractor;
    private final TransactionTemplate tx;
    private final java.util.concurrent.ConcurrentHashMap<Long, Object> rendering =
            new java.util.concurrent.ConcurrentHashMap<>();

    public Thumbnails(ResourceFiles files, FileStorage storage, DocumentExtractor extractor, TransactionTemplate tx) {
        this.files = files;
        this.storage = storage;
        this.extractor = extractor;
        this.tx = tx;
    }

    /** The stored picture of a PDF's first page, made now if it has none yet; empty when there is none. */
    public Optional<String> keyFor(ResourceFile file) throws IOException {
        if (file.thumbnailKey() != null) {
            return Optional.of(file.thumbnailKey());
        }
        if (!file.canHaveThumbnail()) {
            return Optional.empty();
        }
        // One rendering per file: concurrent first views wait for it instead of each storing a copy.
        Object lock = rendering.computeIfAbsent(file.id(), k -> new Object());
        try {
            synchronized (lock) {
                Optional<String> done = files.findById(file.id()).map(ResourceFile::thumbnailKey);
                return done.isPresent() ? done : render(file);
            }
        } finally {
            rendering.remove(file.id(), lock);
        }
    }

    private Optional<String> render(ResourceFile file) throws IOException {
        byte[] png;
        try (InputStream in = storage.open(file.storageKey())) {
            png = extractor.thumbnail(in);
        }
        if (png == null) {
            return Optional.empty();
        }
        String key =
                storage.store(new ByteArrayInputStream(png), "thumbnail.png").key();
        tx.executeWithoutResult(s -> files.findById(file.id()).ifPresent(f -> f.thumbnail(key)));
        return Optional.of(key);
    }
}
