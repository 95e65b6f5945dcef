package org.uclg.carta.monitoring.indicator;

/** Whether a rising value of an indicator is progress or not. */
public enum Direction {
    HIGHER_IS_BETTER("higher"),
    LOWER_IS_BETTER("lower");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Direction fromCode(String code) {
        for (Direction d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        return null;
    }
}
