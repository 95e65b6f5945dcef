package org.uclg.carta.events.forum;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A speaker as pages and feeds show them. */
public record SpeakerView(long id, String name, String affiliation, TranslatableText biography) {

    public String path() {
        return "/forum/speakers/" + id;
    }
}
