package org.uclg.carta.kit.web;

/** A request Carta understands but refuses (a page too deep, too many words): 400 with a localised reason. */
public class BadRequestException extends RuntimeException {

    private final String messageKey;

    public BadRequestException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
