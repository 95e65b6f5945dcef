package org.uclg.carta.kit.content;

/** A workflow step that the item's current state does not allow; carries a message key. */
public class WorkflowException extends RuntimeException {

    private final String messageKey;

    public WorkflowException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
