package fr.entente.decision.query;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.MemberCentres;
import fr.entente.cooperation.query.BodyMemberView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.DirectoryQueries;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.decision.api.DecisionRoster;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The decisions' view of the directory, asked through its queries: who sits in a body, whose organisation is which,
 * who administers, which organisations vote in a body (the member centres of its members, in the order they were
 * seated; and its partners where they vote), and the body's prefix in the register: CT for the technical committee,
 * COPIL for the steering committee, GT for a working group, the initials of its name for another body.
 */
@Component
public class DecisionRosterFromDirectory implements DecisionRoster {

    private final DirectoryQueries directory;

    public DecisionRosterFromDirectory(@Lazy QueryGateway queries) {
        this.directory = new DirectoryQueries(queries);
    }

    @Override
    public Optional<BodyRole> roleOf(String cooperationId, String bodyId, String personId) {
        return directory.roleIn(cooperationId, bodyId, personId);
    }

    @Override
    public Optional<String> organisationOf(String cooperationId, String personId) {
        return directory.membership(cooperationId, personId).map(MembershipView::organisationId);
    }

    @Override
    public boolean administers(String cooperationId, String personId) {
        return directory.membership(cooperationId, personId).map(MembershipView::administrator).orElse(false);
    }

    @Override
    public List<String> electorate(String cooperationId, String bodyId, boolean partnersVote) {
        return directory.body(cooperationId, bodyId).map(body -> {
            List<String> voting = new ArrayList<>();
            body.members().stream().map(BodyMemberView::organisationId)
                .filter(organisation -> organisation != null && organisation.startsWith(MemberCentres.ORGANISATION_ID_PREFIX))
                .distinct().forEach(voting::add);
            if (partnersVote) {
                Stream.concat(body.partners().stream(), body.members().stream().map(BodyMemberView::organisationId))
                      .filter(organisation -> organisation != null && !voting.contains(organisation))
                      .distinct().forEach(voting::add);
            }
            return List.copyOf(voting);
        }).orElse(List.of());
    }

    @Override
    public Optional<String> registerPrefix(String cooperationId, String bodyId) {
        return directory.body(cooperationId, bodyId).map(DecisionRosterFromDirectory::prefixOf);
    }

    static String prefixOf(BodyView body) {
        if (body.kind() == BodyKind.TECHNICAL_COMMITTEE) {
            return "CT";
        }
        if (body.kind() == BodyKind.STEERING_COMMITTEE) {
            return "COPIL";
        }
        if (body.kind() == BodyKind.WORKING_GROUP) {
            return "GT";
        }
        String name = body.name() == null ? body.bodyId() : body.name();
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder initials = new StringBuilder();
        for (String word : plain.split("[^A-Za-z0-9]+")) {
            if (word.length() > 2 || (!word.isEmpty() && Character.isUpperCase(word.charAt(0)))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.isEmpty() ? "DEC" : initials.toString().toUpperCase(Locale.ROOT);
    }
}
