package org.uclg.carta.kit.web;

import java.util.List;

/** Implemented by each module with public pages: their paths after the language prefix. */
public interface SitemapSource {

    List<String> publicPaths();
}
