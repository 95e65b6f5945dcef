package org.uclg.carta.kit.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.CartaProperties;

/** Files on local disk under {data dir}/files, in two levels of folders named after random keys. */
@Component
class LocalFileStorage implements FileStorage {

    private final Path root;
    private final long maxBytes;
    private final Tika tika = new Tika();

    LocalFileStorage(CartaProperties props) {
        this.root = props.dataDir().resolve("files").toAbsolutePath();
        this.maxBytes = props.files().maxBytes();
    }

    @Override
    public StoredFile store(InputStream content, String name) throws IOException {
        String originalName = StoredFile.cleanName(name);
        Files.createDirectories(root);
        Path tmp = Files.createTempFile(root, "upload-", ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(content, tmp, sha);
            if (size == 0) {
                throw new FileRejectedException("file.empty");
            }
            String type;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(tmp))) {
                type = tika.detect(in, originalName);
            }
            String key = UUID.randomUUID().toString();
            Path target = resolve(key);
            Files.createDirectories(target.getParent());
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(key, HexFormat.of().formatHex(sha.digest()), type, size, originalName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private long copyLimited(InputStream in, Path target, MessageDigest sha) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new FileRejectedException("file.tooLarge");
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public java.util.Optional<Path> localPath(String key) {
        return java.util.Optional.of(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** Keys are UUIDs we generated; anything else could walk out of the folder. */
    private Path resolve(String key) {
        UUID uuid = UUID.fromString(key);
        String k = uuid.toString();
        return root.resolve(k.substring(0, 2)).resolve(k.substring(2, 4)).resolve(k);
    }
}
