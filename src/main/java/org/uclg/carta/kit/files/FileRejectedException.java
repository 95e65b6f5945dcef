package org.uclg.carta.kit.files;

/** A refused upload; the message key explains why to the user. */
public class FileRejectedException extends RuntimeException {

    private final String messageKey;

    public FileRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
