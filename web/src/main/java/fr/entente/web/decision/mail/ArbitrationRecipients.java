package fr.entente.web.decision.mail;

import fr.entente.cooperation.query.BodyMemberView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.DelegateView;
import fr.entente.infra.security.PersonAccounts;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who the arbitration mails go to: the members of the body from the voting centres, and the centres' delegates (who
 * vote for them, convention art. 4); for the result, every member of the body too. A person without an active account
 * or an address gets no mail.
 */
@Component
class ArbitrationRecipients {

    private final QueryGateway queries;
    private final PersonAccounts accounts;

    ArbitrationRecipients(QueryGateway queries, PersonAccounts accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    /** The voters of these centres: their members in the body, and their delegates. */
    List<Addressee> votersOf(DecisionView decision, Predicate<String> centres) {
        Set<String> people = new LinkedHashSet<>();
        body(decision).ifPresent(body -> body.members().stream()
                .filter(member -> member.organisationId() != null && decision.electorate().contains(member.organisationId()))
                .filter(member -> centres.test(member.organisationId()))
                .map(BodyMemberView::personId).forEach(people::add));
        decision.delegates().stream().filter(delegate -> centres.test(delegate.organisationId()))
                .map(DelegateView::delegateId).forEach(people::add);
        return people.stream().map(this::addressee).flatMap(Optional::stream).toList();
    }

    /** Every member of the body and the delegates: who learns the result. */
    List<Addressee> everyoneOf(DecisionView decision) {
        Set<String> people = new LinkedHashSet<>();
        body(decision).ifPresent(body -> body.members().stream().map(BodyMemberView::personId).forEach(people::add));
        decision.delegates().stream().map(DelegateView::delegateId).forEach(people::add);
        return people.stream().map(this::addressee).flatMap(Optional::stream).toList();
    }

    Optional<Addressee> addressee(String personId) {
        return accounts.find(personId)
                       .filter(account -> account.active() && account.email() != null && !account.email().isBlank())
                       .map(account -> new Addressee(personId, account.displayName(), account.email(),
                                                     accounts.languageOf(personId)));
    }

    Optional<String> bodyName(DecisionView decision) {
        return body(decision).map(body -> body.name() == null ? body.bodyId() : body.name());
    }

    private Optional<BodyView> body(DecisionView decision) {
        return queries.query(new FindBodyQuery(decision.cooperationId(), decision.bodyId()),
                             ResponseTypes.optionalInstanceOf(BodyView.class)).join();
    }
}
