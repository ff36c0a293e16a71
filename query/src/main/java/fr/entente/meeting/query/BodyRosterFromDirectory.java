package fr.entente.meeting.query;

import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.DirectoryQueries;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.meeting.api.BodyRoster;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who sits in which body, and which organisations and bodies a cooperation has, for the meetings' command handlers,
 * asked of the cooperation's directory through its queries ({@link FindMembershipQuery}: a person's organisation and
 * seats in one cooperation; {@link FindCooperationQuery}, {@link FindBodyQuery}), never read from its collections. Keyed by cooperation, so a body or a person of another cooperation is never found. Like any read model
 * it follows the log a moment behind: a person seated a second ago may be refused once, and try again.
 */
@Component
public class BodyRosterFromDirectory implements BodyRoster {

    private final DirectoryQueries directory;

    /** Lazy: the query gateway is built with the Axon configuration, which command handlers' resources are part of. */
    public BodyRosterFromDirectory(@Lazy QueryGateway queries) {
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
    public boolean hasOrganisation(String cooperationId, String organisationId) {
        return directory.hasOrganisation(cooperationId, organisationId);
    }

    @Override
    public boolean hasBody(String cooperationId, String bodyId) {
        return directory.body(cooperationId, bodyId).isPresent();
    }
}
