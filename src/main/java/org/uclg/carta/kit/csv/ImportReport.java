package org.uclg.carta.kit.csv;

import java.util.List;

/** The outcome of a CSV import: valid rows, problems, and what was written (only when {@code imported}). */
public record ImportReport(int rows, List<Problem> problems, int created, int updated, boolean imported) {

    /** One reason a row was refused: its line in the file, the column, and a message key. */
    public record Problem(long line, String column, String messageKey) {}
}
