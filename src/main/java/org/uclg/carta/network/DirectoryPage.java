package org.uclg.carta.network;

import java.util.List;

/** One page of directory results. */
public record DirectoryPage(List<LocalGovernmentView> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
