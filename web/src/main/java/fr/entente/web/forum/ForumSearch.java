package fr.entente.web.forum;

import fr.entente.cooperation.query.FindCooperationPeopleQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.forum.query.SearchForumQuery;
import fr.entente.forum.query.SearchHit;
import fr.entente.forum.query.SpaceView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The forum's search, for the API and the pages: within the spaces the person may see (asked of {@link ForumAccess}
 * each time, so that a space left is a space no longer searched), the words in French over titles and posts, and the
 * people of the cooperation whose name holds all the words (their posts are found too: the index keeps identifiers,
 * names are matched here); optionally in one space and between two dates (Europe/Paris).
 */
@Component
public class ForumSearch {

    /** A post found, named and placed for the reader; extracts are HTML with {@code <mark>}, escaped otherwise. */
    public record Found(String threadId, String postId, String spaceId, String spaceTitle, String authorName, Instant at,
                        String titleExtract, String textExtract) {
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int LIMIT = 50;

    private final ForumAccess access;
    private final ForumNames names;
    private final QueryGateway queries;

    ForumSearch(ForumAccess access, ForumNames names, QueryGateway queries) {
        this.access = access;
        this.names = names;
        this.queries = queries;
    }

    public List<Found> search(String cooperationId, String text, String inSpaceId, LocalDate from, LocalDate to) {
        String personId = access.personId();
        List<SpaceView> visible = access.spaces(cooperationId).stream()
                .filter(space -> access.spaceSeenBy(personId, cooperationId, space.spaceId()).isPresent()).toList();
        if (text == null || text.isBlank() || visible.isEmpty()) {
            return List.of();
        }
        Map<String, String> people = peopleOf(cooperationId);
        List<String> authors = authorsNamed(text, people);
        List<SearchHit> hits = queries.query(new SearchForumQuery(cooperationId, visible.stream().map(SpaceView::spaceId).toList(),
                        text, authors, inSpaceId == null || inSpaceId.isBlank() ? null : inSpaceId,
                        from == null ? null : from.atStartOfDay(PARIS).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(PARIS).toInstant(), LIMIT),
                ResponseTypes.multipleInstancesOf(SearchHit.class)).join();
        Map<String, String> spaceTitles = visible.stream().collect(Collectors.toMap(SpaceView::spaceId, names::spaceTitle));
        return hits.stream().map(hit -> new Found(hit.threadId(), hit.postId(), hit.spaceId(),
                                                  spaceTitles.get(hit.spaceId()), people.get(hit.authorId()), hit.at(),
                                                  hit.titleExtract(), hit.textExtract())).toList();
    }

    private Map<String, String> peopleOf(String cooperationId) {
        List<String> ids = queries.query(new FindCooperationPeopleQuery(cooperationId),
                                         ResponseTypes.multipleInstancesOf(MembershipView.class)).join()
                                  .stream().map(MembershipView::personId).toList();
        return names.people(cooperationId, ids);
    }

    /** The people whose name holds every word typed (accents and case aside): « dupuis » names Arnaud Dupuis. */
    static List<String> authorsNamed(String text, Map<String, String> people) {
        Set<String> words = Arrays.stream(folded(text).split("[^\\p{L}\\p{N}]+")).filter(word -> word.length() > 1)
                                  .collect(Collectors.toSet());
        if (words.isEmpty()) {
            return List.of();
        }
        return people.entrySet().stream()
                     .filter(person -> {
                         Set<String> name = Set.of(folded(person.getValue()).split("[^\\p{L}\\p{N}]+"));
                         return name.containsAll(words);
                     })
                     .map(Map.Entry::getKey).toList();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
