package org.uclg.carta.kit.files;

/** A stored file: its storage key, SHA-256, the content type sniffed from its bytes, and size. */
public record StoredFile(String key, String sha256, String contentType, long size, String originalName) {

    private static final java.util.Set<String> SERVED_INLINE =
            java.util.Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain");

    static final int MAX_NAME = 200;

    /**
     * The name a browser sent, made fit to keep and show: no folders, no control characters, at
     * most 200 characters with its extension kept.
     */
    public static String cleanName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        base = base.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Cs}\\p{Cn}]", "").strip();
        if (base.isEmpty()) {
            return "file";
        }
        if (base.length() <= MAX_NAME) {
            return base;
        }
        int dot = base.lastIndexOf('.');
        String ext = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
        return base.substring(0, MAX_NAME - ext.length()) + ext;
    }

    /** The type to send to browsers: never one a browser would execute or render as a page. */
    public String safeContentType() {
        return SERVED_INLINE.contains(contentType) ? contentType : "application/octet-stream";
    }
}
