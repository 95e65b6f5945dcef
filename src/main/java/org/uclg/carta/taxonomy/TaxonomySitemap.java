package org.uclg.carta.taxonomy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.SitemapSource;

@Component
class TaxonomySitemap implements SitemapSource {

    private final Taxonomy taxonomy;

    TaxonomySitemap(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public List<String> publicPaths() {
        List<String> paths = new ArrayList<>();
        for (Taxonomy.PickerGroup group : taxonomy.pickerGroups()) {
            paths.add(group.framework().path());
            group.articles().forEach(a -> paths.add(a.path()));
        }
        return paths;
    }
}
