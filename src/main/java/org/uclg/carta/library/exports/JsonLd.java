package org.uclg.carta.library.exports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.uclg.carta.library.resource.ResourceType;
import org.uclg.carta.library.resource.ResourceView;
import org.uclg.carta.taxonomy.ArticleRef;

/** schema.org description of a resource, embedded in its page for search engines. */
public final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLd() {}

    public static String of(ResourceView r, String url, String lang, List<ArticleRef> articles) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", r.type() == ResourceType.MEDIA ? "MediaObject" : "CreativeWork");
        m.put("name", r.title().in(lang).text());
        m.put("description", r.summary().in(lang).text());
        m.put("url", url);
        if (r.issuedOn() != null) {
            m.put("datePublished", r.issuedOn().toString());
        }
        m.put("inLanguage", r.originalLanguages().stream().sorted().toList());
        if (r.authors() != null) {
            m.put("author", r.authors());
        }
        if (r.licence() != null) {
            m.put("license", r.licence());
        }
        m.put(
                "about",
                articles.stream()
                        .map(a -> a.frameworkCode() + " " + a.number() + " "
                                + a.label().in(lang).text())
                        .toList());
        return org.uclg.carta.kit.web.ScriptJson.escape(JSON.writeValueAsString(m));
    }
}
