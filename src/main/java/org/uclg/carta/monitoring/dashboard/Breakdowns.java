package org.uclg.carta.monitoring.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.uclg.carta.kit.web.Ctx;

/**
 * A breakdown's code as readers see it: "sex=female" is "Sex: women" / "Sexe : femmes". Codes
 * are free text set per indicator, so a dimension or value without a translation is shown as
 * typed, only without the "=".
 */
public final class Breakdowns {

    private Breakdowns() {}

    public static String label(Ctx ctx, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String pair : code.split(";")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                parts.add(pair.strip());
                continue;
            }
            String dimension = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            String key = "monitoring.breakdown." + dimension;
            parts.add(ctx.t(
                    "monitoring.breakdown.pair", labelOr(ctx, key, dimension), labelOr(ctx, key + "." + value, value)));
        }
        return String.join(" · ", parts);
    }

    /** The translation of the key, or the text as typed when there is none ({@link Ctx#t} gives the key back). */
    private static String labelOr(Ctx ctx, String key, String typed) {
        String label = ctx.t(key);
        return label.equals(key) ? typed : label;
    }
}
