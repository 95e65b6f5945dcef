package org.uclg.carta.library.documents;

import java.util.Map;
import java.util.Set;

/** The document types the Resource Space accepts, by the type sniffed from their bytes. */
public final class FileTypes {

    public static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("image/png", "png"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/webp", "webp"));

    public static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/webp");

    private FileTypes() {}

    public static boolean accepted(String contentType) {
        return ACCEPTED.containsKey(contentType);
    }

    /** False when the file's name announces another type than its bytes ("report.pdf" holding a DOCX). */
    public static boolean nameMatches(String name, String contentType) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        if (dot < 0) {
            return true;
        }
        String ext = name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        String expected = extension(contentType);
        return ext.equals(expected)
                || (expected.equals("jpg") && ext.equals("jpeg"))
                || !ACCEPTED.containsValue(ext)
                        && !Set.of("html", "htm", "exe", "js", "svg").contains(ext);
    }

    public static String extension(String contentType) {
        return ACCEPTED.getOrDefault(contentType, "other");
    }
}
