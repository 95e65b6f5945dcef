package org.uclg.carta.network;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.SitemapSource;

@Component
class NetworkSitemap implements SitemapSource {

    private final Directory directory;

    NetworkSitemap(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<String> publicPaths() {
        List<String> paths = new ArrayList<>();
        directory.allByName("en").forEach(lg -> paths.add(lg.path()));
        paths.add("/network/partners");
        directory.partners().forEach(p -> paths.add(p.path()));
        return paths;
    }
}
