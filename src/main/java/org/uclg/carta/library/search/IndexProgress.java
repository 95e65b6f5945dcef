package org.uclg.carta.library.search;

/** How far a search index rebuild has got, as the admin page shows it. */
public record IndexProgress(String state, long done, long total) {
    public int percent() {
        return total == 0 ? (state.equals("done") ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }

    public boolean running() {
        return state.equals("running");
    }
}
