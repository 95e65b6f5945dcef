package org.uclg.carta.monitoring;

/** Someone else saved the report since the form was opened; carries what they saved. */
class ReportConflictException extends RuntimeException {

    private final transient ReportView current;

    ReportConflictException(ReportView current) {
        super("The report was changed meanwhile");
        this.current = current;
    }

    ReportView current() {
        return current;
    }
}
