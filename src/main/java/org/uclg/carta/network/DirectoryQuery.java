package org.uclg.carta.network;

/** Directory filters, as in the page's URL and the API's parameters; blank means "any". */
public record DirectoryQuery(String q, String region, String country, String type, int page, int size) {

    public static final int MAX_SIZE = 100;

    public DirectoryQuery {
        q = trim(q);
        region = trim(region);
        country = trim(country);
        type = trim(type);
        var paging = org.uclg.carta.kit.web.Paging.of(page, size, 20, MAX_SIZE);
        page = paging.page();
        size = paging.size();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The query string of these filters on another page. */
    public String queryString(int otherPage) {
        StringBuilder sb = new StringBuilder();
        append(sb, "q", q);
        append(sb, "region", region);
        append(sb, "country", country);
        append(sb, "type", type);
        append(sb, "page", String.valueOf(otherPage));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(sb.length() == 0 ? "?" : "&")
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
