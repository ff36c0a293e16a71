package fr.entente.web.audit;

import fr.entente.audit.query.TrailEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says an act of the trail as a sentence in the reader's language, from the template of its event type
 * ({@code audit.event.<Type>} in {@code audit-sentences*.properties}): {@code {actor}}, {@code {organisation}},
 * {@code {body}} and {@code {meeting}} are named from the directory and the meetings; {@code {field}} is the event's
 * value; {@code {field:person}}, {@code {field:org}} and {@code {field:body}} name what the value identifies, and
 * {@code {field:prefix.}} says an enumerated value with the bundle's word for it.
 */
@Component
public class TrailSentences {

    static final String PREFIX = "audit.event.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?::([A-Za-z.]+))?}");

    /** The names a trail page knows: people, organisations, bodies, meetings, by their identifiers. */
    public record Names(Map<String, String> people, Map<String, String> organisations, Map<String, String> bodies,
                        Map<String, String> meetings) {
    }

    private final MessageSource messages;

    public TrailSentences(MessageSource messages) {
        this.messages = messages;
    }

    public String say(TrailEntry entry, Names names, Locale locale) {
        String template;
        try {
            template = messages.getMessage(PREFIX + entry.type(), null, locale);
        } catch (NoSuchMessageException none) {
            // an event type whose sentence is missing still shows, by its name (a test requires every sentence)
            return actor(entry, names, locale) + " : " + entry.type();
        }
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder sentence = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(sentence, Matcher.quoteReplacement(fill(entry, placeholder.group(1), placeholder.group(2), names, locale)));
        }
        placeholder.appendTail(sentence);
        return sentence.toString();
    }

    private String fill(TrailEntry entry, String name, String kind, Names names, Locale locale) {
        return switch (name) {
            case "actor" -> actor(entry, names, locale);
            case "organisation" -> names.organisations().getOrDefault(entry.actorOrganisation(), String.valueOf(entry.actorOrganisation()));
            case "body" -> names.bodies().getOrDefault(entry.bodyId(), String.valueOf(entry.bodyId()));
            case "meeting" -> names.meetings().getOrDefault(entry.meetingId(), String.valueOf(entry.meetingId()));
            default -> value(entry.values().get(name), kind, names, locale);
        };
    }

    private String value(String value, String kind, Names names, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (kind == null) {
            return value;
        }
        return switch (kind) {
            case "person" -> names.people().getOrDefault(value, messages.getMessage("audit.person.erased", null, locale));
            case "org" -> names.organisations().getOrDefault(value, value);
            case "body" -> names.bodies().getOrDefault(value, value);
            default -> messages.getMessage(kind + value, null, value, locale);
        };
    }

    private String actor(TrailEntry entry, Names names, Locale locale) {
        if (entry.bySystem()) {
            return messages.getMessage("audit.actor.system", null, locale);
        }
        return names.people().getOrDefault(entry.actorId(), messages.getMessage("audit.person.erased", null, locale));
    }
}
