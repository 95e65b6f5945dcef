package org.uclg.carta.kit.files;

/** A stored file: its storage key, SHA-256, the content type sniffed from its bytes, and size. */
public record StoredFile(String key, String sha256, String contentType, long size, String originalName) {

    private static final java.util.Set<String> SERVED_INLINE = java.util.Set.of(
            "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain");

    /** The type to send to browsers: never one a browser would execute or render as a page. */
    public String safeContentType() {
        return SERVED_INLINE.contains(contentType) ? contentType : "application/octet-stream";
    }
}
