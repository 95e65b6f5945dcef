package org.uclg.carta.kit.web;

import java.net.URI;

/** Small checks and clean-ups of what people type into forms, shared by every module's forms. */
public final class Inputs {

    private Inputs() {}

    /** The text without surrounding spaces, or null when nothing was typed. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Never null, for fields shown back in a form. */
    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** An absolute http(s) address of at most 1,000 characters. */
    public static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && s.length() <= 1000;
        } catch (Exception e) {
            return false;
        }
    }
}
