package org.uclg.carta.kit.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachments live. The default keeps them on local disk; an S3-compatible store can
 * implement the same interface later.
 */
public interface FileStorage {

    /**
     * Stores a file, refusing it (with nothing left behind) when it is empty or over the limit.
     *
     * @throws FileRejectedException with a message key when the file is refused
     */
    StoredFile store(InputStream content, String originalName) throws IOException;

    InputStream open(String key) throws IOException;

    /** The file itself when it is on this machine's disk, to be read in place; empty otherwise. */
    default java.util.Optional<java.nio.file.Path> localPath(String key) {
        return java.util.Optional.empty();
    }

    void delete(String key) throws IOException;
}
