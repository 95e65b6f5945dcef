package org.uclg.carta.library.documents;

import java.util.Locale;

/** Where a document stands in text extraction. */
public enum FileStatus {
    PENDING,
    READY,
    NO_TEXT,
    FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
