package fr.entente.infra.logging;

/**
 * A value written into a log line, escaped so that it stays on that line and reads as it is: line breaks, tabs and
 * other control characters, and the characters that reverse the direction of text, are written as {@code \n},
 * {@code \t}, {@code \u202E}… Whoever can type a title or a field name could otherwise forge log lines.
 */
public final class LogText {

    private LogText() {
    }

    public static String escape(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || isDirectionControl(c) || Character.isSurrogate(c)
                        && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                             && Character.isLowSurrogate(text.charAt(i + 1)))
                           && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                        escaped.append(String.format("\\u%04X", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean isDirectionControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c == '\u2028' || c == '\u2029'
               || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
