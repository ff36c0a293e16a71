package fr.entente.web.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The live sections of pages as last rendered, one per thing shown (a meeting), page, section, audience (what a
 * person of that role may see) and language, with the log position they show. When a change reaches fifty open
 * pages, the first to ask renders the section and the others get the same text: the store is read and the template
 * rendered once per audience, not once per person.
 */
@Component
public class LiveSections {

    /** What a page asks for: the section of a page, shown to an audience in a language. */
    public record Key(String subject, String page, String sectionId, String audience, String language) {

        public static Key of(String subject, String page, String sectionId, String audience, Locale locale) {
            return new Key(subject, page, sectionId, audience, locale.getLanguage());
        }
    }

    /** A section rendered at a position of the log. */
    public record Rendered(long position, String html) {
    }

    private final Cache<Key, Rendered> cache = Caffeine.newBuilder().maximumSize(5_000)
                                                       .expireAfterAccess(Duration.ofMinutes(30)).build();

    /**
     * The section as rendered at {@code since} or later: the shared rendering if there is one that recent, otherwise
     * {@code render} (given the position it must reach), whose result the next people get.
     */
    public Rendered at(Key key, long since, LongFunction<Rendered> render) {
        return cache.asMap().compute(key, (ignored, known) -> known != null && known.position() >= since
                ? known : render.apply(since));
    }
}
