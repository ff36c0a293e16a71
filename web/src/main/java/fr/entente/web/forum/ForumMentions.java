package fr.entente.web.forum;

import fr.entente.forum.api.Mentions;
import fr.entente.forum.query.SpaceMemberView;
import fr.entente.forum.query.SpaceView;
import fr.entente.infra.security.PersonAccount;
import fr.entente.infra.security.PersonAccounts;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @person} and {@code @espace} of a post: a person is named by their username ({@code @referent.80}), which
 * the pages complete from the space's members; {@code @espace} names everyone in the space. Only the space's members
 * are resolved: a username of anyone else stays plain text, and the writer learns nothing of whether it exists.
 */
@Component
public class ForumMentions {

    /** What the pages offer to complete a mention with: a member's username and name. */
    public record Mentionable(String username, String name) {
    }

    public static final String WHOLE_SPACE = "espace";
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}])");

    private final PersonAccounts accounts;

    ForumMentions(PersonAccounts accounts) {
        this.accounts = accounts;
    }

    /** The members and the whole space a text mentions. */
    public Mentions in(String text, SpaceView space) {
        if (text == null || text.indexOf('@') < 0) {
            return Mentions.NONE;
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        boolean wholeSpace = names.remove(WHOLE_SPACE);
        List<String> people = new ArrayList<>();
        if (!names.isEmpty()) {
            for (SpaceMemberView member : space.members()) {
                accounts.find(member.personId()).map(PersonAccount::username)
                        .filter(username -> names.contains(username.toLowerCase(Locale.ROOT)))
                        .ifPresent(found -> people.add(member.personId()));
            }
        }
        return new Mentions(people, wholeSpace);
    }

    /** The members of the space whose username or name starts with what was typed after the {@code @}, by name. */
    public List<Mentionable> completions(SpaceView space, String typed, int most) {
        String prefix = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
        List<Mentionable> found = new ArrayList<>();
        for (SpaceMemberView member : space.members()) {
            Optional<PersonAccount> account = accounts.find(member.personId());
            account.filter(PersonAccount::active)
                   .filter(person -> person.username().toLowerCase(Locale.ROOT).startsWith(prefix)
                                     || person.displayName().toLowerCase(Locale.ROOT).startsWith(prefix)
                                     || person.displayName().toLowerCase(Locale.ROOT).contains(" " + prefix))
                   .ifPresent(person -> found.add(new Mentionable(person.username(), person.displayName())));
        }
        found.sort(Comparator.comparing(Mentionable::name, String.CASE_INSENSITIVE_ORDER));
        return found.size() > most ? found.subList(0, most) : found;
    }
}
