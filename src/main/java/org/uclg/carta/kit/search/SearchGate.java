package org.uclg.carta.kit.search;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.BusyException;

/**
 * Lets a bounded number of full-text searches run at once. Searches are CPU-bound: beyond a few
 * per core they only share the cores and every page waits; a search that cannot start within a
 * few seconds answers 503 instead, and the rest of the site keeps its threads and cores.
 */
@Component
public class SearchGate {

    private final Semaphore permits;
    private final long waitMs;

    SearchGate(
            @Value("${carta.search.concurrent:0}") int concurrent, @Value("${carta.search.wait-ms:3000}") long waitMs) {
        this.permits = new Semaphore(
                concurrent > 0 ? concurrent : 2 * Runtime.getRuntime().availableProcessors(), true);
        this.waitMs = waitMs;
    }

    public <T> T run(Supplier<T> search) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        }
        if (!acquired) {
            throw new BusyException();
        }
        try {
            return search.get();
        } finally {
            permits.release();
        }
    }
}
