package org.uclg.carta.library.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.uclg.carta.library.resource.ResourceType;

/**
 * What a reader asks the Resource Space: text, filters (each may repeat), sort and page. The
 * same parameters drive the search page, its shareable URL and the JSON API.
 */
public record ResourceQuery(
        String q,
        List<String> type,
        List<String> framework,
        List<Long> article,
        List<String> region,
        List<String> country,
        List<Long> localGovernment,
        List<Integer> year,
        List<String> language,
        List<String> fileType,
        String sort,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;

    public ResourceQuery {
        q = org.uclg.carta.kit.search.QueryText.bounded(q);
        type = clean(type);
        for (String code : type) {
            if (ResourceType.fromCode(code) == null) {
                throw new org.uclg.carta.kit.web.BadRequestException(
                        "error.filter.unknown",
                        "type",
                        java.util.Arrays.stream(ResourceType.values())
                                .map(ResourceType::code)
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        framework = clean(framework);
        article = clean(article);
        region = clean(region);
        country = clean(country);
        localGovernment = clean(localGovernment);
        year = clean(year);
        language = clean(language);
        fileType = clean(fileType);
        sort = "date".equals(sort) ? "date" : "relevance";
        var paging = org.uclg.carta.kit.web.Paging.of(page, size, 20, MAX_SIZE);
        page = paging.page();
        size = paging.size();
    }

    /** The words to search for: the query without the stop words of the working languages. */
    public String words() {
        return org.uclg.carta.kit.search.StopWords.dropped(q);
    }

    private static <T> List<T> clean(List<T> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.toString().isBlank())
                        .distinct()
                        .toList();
    }

    public boolean has(String facet, Object value) {
        return filters().getOrDefault(facet, List.of()).stream()
                .anyMatch(v -> v.toString().equals(value.toString()));
    }

    public Map<String, List<?>> filters() {
        return Map.of(
                "type",
                type,
                "framework",
                framework,
                "article",
                article,
                "region",
                region,
                "country",
                country,
                "localGovernment",
                localGovernment,
                "year",
                year,
                "language",
                language,
                "fileType",
                fileType);
    }

    /** The URL query string of this search with one filter value added or removed, back on page 1. */
    public String toggle(String facet, Object value) {
        return queryString(facet, value, 1);
    }

    public String onPage(int otherPage) {
        return queryString(null, null, otherPage);
    }

    private String queryString(String facet, Object value, int otherPage) {
        StringBuilder sb = new StringBuilder();
        if (q != null) {
            add(sb, "q", q);
        }
        for (String name : List.of(
                "type",
                "framework",
                "article",
                "region",
                "country",
                "localGovernment",
                "year",
                "language",
                "fileType")) {
            List<?> values = filters().get(name);
            boolean toggled = name.equals(facet);
            boolean present = toggled && has(name, value);
            for (Object v : values) {
                if (!(present && v.toString().equals(value.toString()))) {
                    add(sb, name, v.toString());
                }
            }
            if (toggled && !present) {
                add(sb, name, value.toString());
            }
        }
        if (!"relevance".equals(sort)) {
            add(sb, "sort", sort);
        }
        if (otherPage > 1) {
            add(sb, "page", String.valueOf(otherPage));
        }
        return sb.length() == 0 ? "" : "?" + sb.substring(1);
    }

    private static void add(StringBuilder sb, String name, String value) {
        sb.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    public static <T> List<T> map(List<String> raw, Function<String, T> parse) {
        return raw == null
                ? List.of()
                : raw.stream()
                        .map(v -> {
                            try {
                                return parse.apply(v);
                            } catch (RuntimeException e) {
                                return null;
                            }
                        })
                        .filter(v -> v != null)
                        .toList();
    }
}
