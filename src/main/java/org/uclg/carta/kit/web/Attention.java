package org.uclg.carta.kit.web;

/**
 * What the page layout asks about the signed-in person on every page: how many notices they have
 * not read, and whether they follow the item a page shows. The notifications module answers;
 * the kit only declares it, so any module's page can show a follow button without depending on it.
 */
public interface Attention {

    long unread(String username);

    /** Whether the person follows the item; target is a follow kind such as article or event. */
    boolean follows(String username, String target, long id);
}
