package org.uclg.carta.kit.web;

/**
 * A page of a list as asked in a URL: page from 1, size bounded. Deep pages are refused, since
 * reaching them means collecting every hit before them (search engines bound this window too).
 */
public record Paging(int page, int size) {

    /** The deepest hit a page may reach, as OpenSearch's default {@code max_result_window}. */
    public static final int MAX_WINDOW = 10_000;

    public Paging {
        page = Math.max(page, 1);
        if ((long) page * size > MAX_WINDOW) {
            throw new BadRequestException("error.paging.tooDeep");
        }
    }

    /** The page and size asked, a size below 1 meaning the default one and above max the max. */
    public static Paging of(int page, int size, int defaultSize, int maxSize) {
        return new Paging(page, size < 1 ? defaultSize : Math.min(size, maxSize));
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
