package org.uclg.carta.kit.web;

/** What a principal tells the layout about the person signed in. */
public interface Viewer {

    String displayName();

    String preferredLanguage();
}
