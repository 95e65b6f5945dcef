package org.uclg.carta.kit.web;

/** Too many costly requests at once: 503 with a Retry-After, rather than slowing everyone down. */
public class BusyException extends RuntimeException {

    public BusyException() {
        super("busy");
    }
}
