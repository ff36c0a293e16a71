package fr.entente.web.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The live sections of a page as its script reads them ({@code data-live-section}, {@code id}, {@code data-follows}),
 * and the request its script makes after a frame: the sections that show what changed.
 */
record LiveSectionsOfAPage(Map<String, List<String>> follows) {

    private static final Pattern SECTION = Pattern.compile(
            "<\\w+ id=\"([^\"]+)\" data-live-section[^>]*?data-follows=\"([^\"]*)\"");

    static LiveSectionsOfAPage of(String html) {
        Map<String, List<String>> follows = new LinkedHashMap<>();
        Matcher section = SECTION.matcher(html);
        while (section.find()) {
            follows.put(section.group(1), List.of(section.group(2).split("\\s+")));
        }
        if (follows.isEmpty()) {
            throw new IllegalStateException("The page has no live section");
        }
        return new LiveSectionsOfAPage(follows);
    }

    String request(String meetingId, String cooperationId, List<String> changes, long since) {
        String ids = follows.entrySet().stream()
                            .filter(section -> changes.isEmpty() || section.getValue().stream().anyMatch(changes::contains))
                            .map(Map.Entry::getKey).collect(Collectors.joining(","));
        return "/cooperations/" + cooperationId + "/reunions/" + meetingId + "/sections?page=reunion-direct&ids="
               + URLEncoder.encode(ids, StandardCharsets.UTF_8) + "&since=" + since;
    }
}
