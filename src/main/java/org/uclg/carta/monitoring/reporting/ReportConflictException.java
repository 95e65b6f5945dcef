package org.uclg.carta.monitoring.reporting;

/** Someone else saved the report since the form was opened; carries what they saved. */
public class ReportConflictException extends RuntimeException {

    private final transient ReportView current;

    public ReportConflictException(ReportView current) {
        super("The report was changed meanwhile");
        this.current = current;
    }

    public ReportView current() {
        return current;
    }
}
