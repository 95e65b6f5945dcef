package org.uclg.carta.monitoring.indicator;

import java.math.BigDecimal;

/** Which values an indicator can take, from its unit: shares lie between 0 and 100, yes/no is 0 or 1, nothing is negative. */
public final class ValueRules {

    public static final int FIRST_YEAR = 1950;
    public static final int LAST_YEAR = 2100;

    private ValueRules() {}

    public static boolean inRange(IndicatorView indicator, BigDecimal value) {
        if (value.signum() < 0 || value.abs().compareTo(new BigDecimal("1e13")) >= 0) {
            return false;
        }
        return switch (indicator.unit()) {
            case "%" -> value.compareTo(BigDecimal.valueOf(100)) <= 0;
            case IndicatorView.YES_NO -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
            default -> true;
        };
    }

    /** Reads a number as people type it: a comma or a point for decimals, spaces between thousands. */
    public static BigDecimal parse(String text) {
        String t = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".");
        if (t.isEmpty() || t.length() > 30) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(t);
    }

    public static boolean validYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
