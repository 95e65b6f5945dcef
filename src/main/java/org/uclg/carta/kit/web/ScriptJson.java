package org.uclg.carta.kit.web;

/**
 * JSON made safe to place inside a {@code <script>} element: no character of it can close the
 * element, open a comment ({@code <!--}) or start an entity, whatever the data holds.
 */
public final class ScriptJson {

    private ScriptJson() {}

    public static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
