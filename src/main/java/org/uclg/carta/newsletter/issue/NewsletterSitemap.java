package org.uclg.carta.newsletter.issue;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.kit.web.SitemapSource;

/** The sign-up page and every sent issue. */
@Component
class NewsletterSitemap implements SitemapSource {

    private final Issues issues;

    NewsletterSitemap(Issues issues) {
        this.issues = issues;
    }

    @Override
    public List<String> publicPaths() {
        List<String> paths = new ArrayList<>();
        paths.add("/newsletter");
        issues.sent(new Paging(1, 100)).items().forEach(i -> paths.add(i.path()));
        return paths;
    }
}
