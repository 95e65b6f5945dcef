package org.uclg.carta.events.debate;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.SitemapSource;

/** The debates in the sitemap. */
@Component
public class DebateListings implements SitemapSource {

    private final DebateService debates;

    DebateListings(DebateService debates) {
        this.debates = debates;
    }

    @Override
    public List<String> publicPaths() {
        List<String> paths = new ArrayList<>(List.of("/debates"));
        debates.all().forEach(d -> paths.add(d.path()));
        return paths;
    }
}
