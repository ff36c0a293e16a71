package fr.entente.web.forum;

import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.FindCooperationPeopleQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.forum.api.SpaceKind;
import fr.entente.forum.query.SpaceView;
import fr.entente.infra.security.PersonAccounts;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names the forum shows, read at reading time: people's display names (only for people of the cooperation; anyone
 * else stays unnamed) and a body's space's title, which is the body's name (or its kind, for a body of a standard
 * kind with no name of its own), in the reader's language.
 */
@Component
public class ForumNames {

    private final QueryGateway queries;
    private final PersonAccounts accounts;
    private final MessageSource messages;

    ForumNames(QueryGateway queries, PersonAccounts accounts, MessageSource messages) {
        this.queries = queries;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** Person id to display name, for the people of this cooperation among these; an unknown person maps to a placeholder. */
    public Map<String, String> people(String cooperationId, Collection<String> personIds) {
        Set<String> ofTheCooperation = queries.query(new FindCooperationPeopleQuery(cooperationId),
                                                     ResponseTypes.multipleInstancesOf(MembershipView.class)).join()
                                              .stream().map(MembershipView::personId).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>(accounts.displayNames(
                personIds.stream().filter(ofTheCooperation::contains).distinct().toList()));
        String unknown = messages.getMessage("forum.unknownPerson", null, LocaleContextHolder.getLocale());
        personIds.forEach(id -> names.putIfAbsent(id, unknown));
        return names;
    }

    public String spaceTitle(SpaceView space) {
        if (space.kind() == SpaceKind.THEME) {
            return space.title();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return queries.query(new FindBodyQuery(space.cooperationId(), space.bodyId()),
                             ResponseTypes.optionalInstanceOf(BodyView.class)).join()
                      .map(body -> body.name() != null ? body.name()
                                                       : capitalised(messages.getMessage("kind." + body.kind(), null, locale)))
                      .orElse(space.bodyId());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
