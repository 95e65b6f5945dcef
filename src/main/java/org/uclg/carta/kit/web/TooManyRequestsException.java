package org.uclg.carta.kit.web;

/** A client asked too often (sign-ups from one address): 429 with a Retry-After. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException() {
        super("too many requests");
    }
}
