package org.uclg.carta.kit.web;

/** Thrown for an unknown id or code: answered with a localised 404 page or a problem+json body. */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("Not found");
    }

    public static NotFoundException notFound() {
        return new NotFoundException();
    }
}
