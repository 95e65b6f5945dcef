package org.uclg.carta.kit.web;

/** A request Carta understands but refuses (a page too deep, too many words): 400 with a localised reason. */
public class BadRequestException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public BadRequestException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message names ({0}, {1}…). */
    public Object[] args() {
        return args.clone();
    }
}
