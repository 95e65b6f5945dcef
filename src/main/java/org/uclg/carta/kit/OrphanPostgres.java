package org.uclg.carta.kit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL outlives a Carta that was killed (kill -9, the out-of-memory killer):
 * the library's shutdown hook never ran, and the orphan holds the data folder, so the next start
 * would wait for a server that cannot start. It is stopped first; PostgreSQL's own log makes its
 * data whole again at the next start.
 */
final class OrphanPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostgres.class);

    private OrphanPostgres() {}

    static void stopIfAny(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2
                || !Path.of(lines.get(1).strip())
                        .toAbsolutePath()
                        .normalize()
                        .equals(dataDir.toAbsolutePath().normalize())
                || !ownerIsGone(dataDir)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        var orphan = ProcessHandle.of(pid)
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return; // a stale file, which PostgreSQL handles itself
        }
        log.warn(
                "PostgreSQL (process {}) was left running on {} by a Carta that did not stop cleanly; stopping it",
                pid,
                dataDir);
        orphan.get().destroy(); // SIGTERM: the dead JVM's connections are closed, so it stops at once
        try {
            orphan.get().onExit().get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL process " + pid, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(
                    "PostgreSQL process " + pid + " left on " + dataDir
                            + " did not stop within 2 minutes; stop it, then start Carta again",
                    e);
        }
    }

    /** Whether no live Carta holds the library's lock on the folder (the OS releases it when a process dies). */
    private static boolean ownerIsGone(Path dataDir) throws IOException {
        try (FileChannel channel = FileChannel.open(
                        dataDir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false; // this JVM holds it already
        }
    }
}
