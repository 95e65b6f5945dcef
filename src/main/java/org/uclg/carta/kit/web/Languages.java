package org.uclg.carta.kit.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.i18n.TranslatableText;

/** The working languages and how a request's language is read from its URL prefix. */
@Component
public class Languages {

    private final List<String> codes;
    private final String fallback;

    public Languages(CartaProperties props) {
        this.codes = List.copyOf(props.languages());
        this.fallback = props.defaultLanguage();
        List<String> order = new java.util.ArrayList<>(codes);
        order.remove(fallback);
        order.add(0, fallback);
        TranslatableText.useFallbackOrder(order);
    }

    /**
     * A SQL expression for a jsonb translatable column in the language bound to {@code parameter}
     * ({@code ?} or a named {@code :lang}), else in the fallback order, as {@link TranslatableText#in} does.
     * The codes are safe to inline: {@link CartaProperties} admits only ISO 639 codes.
     */
    public String sqlLocalized(String column, String parameter) {
        StringBuilder sql = new StringBuilder("coalesce(nullif(" + column + " ->> " + parameter + ", '')");
        sql.append(", nullif(").append(column).append(" ->> '").append(fallback).append("', '')");
        for (String lang : codes) {
            if (!lang.equals(fallback)) {
                sql.append(", nullif(")
                        .append(column)
                        .append(" ->> '")
                        .append(lang)
                        .append("', '')");
            }
        }
        return sql.append(", '')").toString();
    }

    public List<String> codes() {
        return codes;
    }

    public String fallback() {
        return fallback;
    }

    /** One CSV column per language for a translatable field: {@code title_fr, title_en, ...}. */
    public List<String> columns(String field) {
        return codes.stream().map(lang -> field + "_" + lang).toList();
    }

    public boolean supports(String lang) {
        return lang != null && codes.contains(lang);
    }

    /** The URL path of the request being served, the original one during an error dispatch. */
    public static String originalPath(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri != null ? errorUri.toString() : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** The language named by the first path segment, or null. */
    public String fromPath(String path) {
        if (path == null || path.length() < 3 || path.charAt(0) != '/') {
            return null;
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return supports(first) ? first : null;
    }

    /** The best language for a request: URL prefix, else Accept-Language, else the fallback. */
    public String forRequest(HttpServletRequest request) {
        String fromPath = fromPath(originalPath(request));
        if (fromPath != null) {
            return fromPath;
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
                String match = Locale.lookupTag(ranges, codes);
                if (match != null) {
                    return Locale.forLanguageTag(match).getLanguage();
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed header is treated as absent.
            }
        }
        return fallback;
    }
}
