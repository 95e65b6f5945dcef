package org.uclg.carta.notifications.inbox;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

/** The channel chosen for each kind of notice, keyed by the kind's code (channels[event-published]=EMAIL). */
public class PreferencesForm {

    private Map<String, @NotNull Channel> channels = new LinkedHashMap<>();

    public static PreferencesForm of(Map<NoticeKind, Channel> chosen) {
        PreferencesForm f = new PreferencesForm();
        chosen.forEach((k, c) -> f.channels.put(k.code(), c));
        return f;
    }

    public Map<String, Channel> getChannels() {
        return channels;
    }

    public void setChannels(Map<String, Channel> channels) {
        this.channels = channels;
    }

    public Channel channel(NoticeKind kind) {
        return channels.getOrDefault(kind.code(), Channel.DEFAULT);
    }

    /** Only the kinds a person may tune; unknown keys sent by a script are ignored. */
    Map<NoticeKind, Channel> chosen() {
        Map<NoticeKind, Channel> out = new EnumMap<>(NoticeKind.class);
        for (NoticeKind k : NoticeKind.optional()) {
            Channel c = channels.get(k.code());
            if (c != null) {
                out.put(k, c);
            }
        }
        return out;
    }
}
