package fr.entente.web.browser;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a piece of HTML could run in a reader's mail client or browser: a script, frame, object, style or base element;
 * an event handler attribute ({@code on…=}); a {@code javascript:}, {@code vbscript:} or {@code data:} URL, or a CSS
 * {@code expression}, in an attribute. Text is not active: {@code &lt;script&gt;} shown as text is what the sanitizer
 * makes of a script typed in a post, so only the tags are read, attribute by attribute, their values unescaped.
 */
final class ActiveHtml {

    private static final Pattern ELEMENT = Pattern.compile(
            "<\\s*(script|iframe|frame|frameset|object|embed|applet|base|meta|link|style|svg|math|form)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Pattern ACTIVE_URL = Pattern.compile("^(javascript|vbscript|data|livescript):");

    private ActiveHtml() {
    }

    static List<String> findIn(String html) {
        List<String> found = new ArrayList<>();
        Matcher element = ELEMENT.matcher(html);
        while (element.find()) {
            found.add("element <" + element.group(1));
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String inside = tag.group().replaceFirst("^<[a-zA-Z0-9]+", "").replaceFirst("/?>$", "");
            Matcher attribute = ATTRIBUTE.matcher(inside);
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) == null ? "" : unquoted(attribute.group(2));
                String compact = HtmlUtils.htmlUnescape(value).replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add("handler " + name + " in " + tag.group());
                }
                if (ACTIVE_URL.matcher(compact).find()) {
                    found.add("url " + name + " in " + tag.group());
                }
                if (name.equals("style") && (compact.contains("expression") || compact.contains("url("))) {
                    found.add("style in " + tag.group());
                }
            }
        }
        return found;
    }

    private static String unquoted(String value) {
        return (value.startsWith("\"") || value.startsWith("'")) ? value.substring(1, value.length() - 1) : value;
    }
}
