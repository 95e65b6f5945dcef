package org.uclg.carta.library.imports;

import org.uclg.carta.kit.csv.ImportReport;

/**
 * How far a resource import has got, as its page shows it; the report once it has finished, or
 * the message key of why it stopped when it stopped before checking rows could say.
 */
public record ImportProgress(String id, String state, int done, int total, ImportReport report, String failure) {

    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }

    public boolean finished() {
        return !"running".equals(state);
    }
}
