package org.uclg.carta.site;

import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.SitemapSource;

/** The platform's fixed pages, for sitemap.xml. */
@Component
class SiteSitemap implements SitemapSource {

    @Override
    public List<String> publicPaths() {
        return List.of("/", "/action-plan", "/pages/about", "/pages/privacy", "/network", "/resources", "/frameworks");
    }
}
