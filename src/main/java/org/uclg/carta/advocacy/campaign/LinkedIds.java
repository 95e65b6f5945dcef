package org.uclg.carta.advocacy.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items linked by their address or number, one per line or separated by commas: "12",
 * "/en/resources/12" or a full address all give 12.
 */
public final class LinkedIds {

    private static final Pattern ID = Pattern.compile("^(?:.*/)?(\\d{1,12})/?$");
    private static final int MAX = 50;

    private LinkedIds() {}

    /** The ids, or empty when a line cannot be read or there are more than 50. */
    public static Optional<List<Long>> parse(String text) {
        List<Long> ids = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return Optional.of(ids);
        }
        for (String token : text.split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher m = ID.matcher(token.split("[?#]")[0]);
            if (!m.matches()) {
                return Optional.empty();
            }
            long id = Long.parseLong(m.group(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids.size() > MAX ? Optional.empty() : Optional.of(ids);
    }

    public static String format(List<Long> ids) {
        return String.join("\n", ids.stream().map(String::valueOf).toList());
    }
}
