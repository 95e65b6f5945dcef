package org.uclg.carta.events.forum;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.SitemapSource;

/** The Forum's pages in the sitemap: editions, sessions and speakers of published programmes. */
@Component
public class ForumListings implements SitemapSource {

    private final ForumService forum;

    ForumListings(ForumService forum) {
        this.forum = forum;
    }

    @Override
    public List<String> publicPaths() {
        List<String> paths = new ArrayList<>(List.of("/forum"));
        forum.editions().forEach(e -> paths.add("/forum/" + e.id()));
        forum.publicSessionIds().forEach(id -> paths.add("/forum/sessions/" + id));
        forum.publicSpeakerIds().forEach(id -> paths.add("/forum/speakers/" + id));
        return paths;
    }
}
