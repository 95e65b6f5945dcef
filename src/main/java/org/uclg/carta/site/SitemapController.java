package org.uclg.carta.site;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.kit.web.SitemapSource;

/** sitemap.xml: every public page in every language, with its language alternates. */
@RestController
class SitemapController {

    private final List<SitemapSource> sources;
    private final Languages languages;
    private final String baseUrl;

    SitemapController(List<SitemapSource> sources, Languages languages, CartaProperties props) {
        this.sources = sources;
        this.languages = languages;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (SitemapSource source : sources) {
            for (String path : source.publicPaths()) {
                for (String lang : languages.codes()) {
                    xml.append("<url><loc>").append(url(lang, path)).append("</loc>");
                    for (String other : languages.codes()) {
                        xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
                                .append(other)
                                .append("\" href=\"")
                                .append(url(other, path))
                                .append("\"/>");
                    }
                    xml.append("</url>\n");
                }
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private String url(String lang, String path) {
        return HtmlUtils.htmlEscape(baseUrl + "/" + lang + path);
    }
}
