package org.uclg.carta.library.documents;

/** A document of a resource as pages and the API show it. */
public record FileView(
        long id,
        long resourceId,
        String name,
        String contentType,
        String fileType,
        long size,
        String language,
        FileStatus status,
        String statusDetail,
        String detectedLanguage,
        Integer pageCount,
        boolean hasThumbnail) {

    public String path() {
        return "/resources/" + resourceId + "/files/" + id;
    }

    public String sizeText() {
        return size >= 1_048_576
                ? String.format(java.util.Locale.ROOT, "%.1f MB", size / 1_048_576.0)
                : String.format(java.util.Locale.ROOT, "%d kB", Math.max(1, size / 1024));
    }
}
