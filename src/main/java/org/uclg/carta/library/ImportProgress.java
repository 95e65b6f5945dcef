package org.uclg.carta.library;

import org.uclg.carta.kit.csv.ImportReport;

/** How far a resource import has got, as its page shows it; the report once it has finished. */
public record ImportProgress(String id, String state, int done, int total, ImportReport report) {

    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }

    public boolean finished() {
        return !"running".equals(state);
    }
}
