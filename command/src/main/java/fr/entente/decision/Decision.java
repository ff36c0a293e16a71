package fr.entente.decision;

import fr.entente.common.Required;
import fr.entente.decision.api.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.entente.decision.api.DecisionRefusal.ANNULLED;
import static fr.entente.decision.api.DecisionRefusal.CENTRE_NOT_VOTING;
import static fr.entente.decision.api.DecisionRefusal.CLOSED;
import static fr.entente.decision.api.DecisionRefusal.COOPERATION_ID_REQUIRED;
import static fr.entente.decision.api.DecisionRefusal.BODY_ID_REQUIRED;
import static fr.entente.decision.api.DecisionRefusal.DELEGATE_NOT_OF_CENTRE;
import static fr.entente.decision.api.DecisionRefusal.DELEGATE_REQUIRED;
import static fr.entente.decision.api.DecisionRefusal.NOT_ALL_VOTED;
import static fr.entente.decision.api.DecisionRefusal.NOT_CLOSED;
import static fr.entente.decision.api.DecisionRefusal.NOT_AT_MEETING;
import static fr.entente.decision.api.DecisionRefusal.NO_DELEGATE;
import static fr.entente.decision.api.DecisionRefusal.OPTION_REQUIRED;
import static fr.entente.decision.api.DecisionRefusal.ORGANISATION_REQUIRED;
import static fr.entente.decision.api.DecisionRefusal.OPTION_UNKNOWN;
import static fr.entente.decision.api.DecisionRefusal.REASON_REQUIRED;
import static fr.entente.decision.api.DecisionRefusal.REASON_TOO_LONG;
import static fr.entente.decision.api.DecisionRefusedException.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A question put to a deciding body: opened by its officer or convenor (or an administrator), voted by its centres,
 * one vote per centre (the last of a centre counts, and changes until the close), closed at the deadline, early once
 * every centre voted, or at the meeting; its outcome computed here ({@link Count}); frozen once closed, and only
 * annulled then, with a reason. "Now" is the time the event would carry ({@link GenericEventMessage#clock}).
 */
@Aggregate(cache = "decisionCache")
public class Decision {

    @AggregateIdentifier
    private String decisionId;
    private String cooperationId;
    private String bodyId;
    private String registerPrefix;
    private List<String> options;
    private Electorate electorate;
    private Majority majority;
    private DecisionMode mode;
    private Instant deadline;
    /** The vote of each centre that voted: organisation → option. */
    private final Map<String, String> votes = new LinkedHashMap<>();
    /** The voter of each centre's vote, to tell a repeated vote from a change of voter. */
    private final Map<String, String> voters = new LinkedHashMap<>();
    /** Each centre's delegate: organisation → person. */
    private final Map<String, String> delegates = new LinkedHashMap<>();
    private boolean closed;
    private boolean annulled;

    protected Decision() {
        // for Axon
    }

    @CommandHandler
    public Decision(OpenDecisionCommand command, MetaData metaData, DecisionRoster roster) {
        Voters.of(metaData, roster, Required.id(command.cooperationId(), () -> refused(COOPERATION_ID_REQUIRED)),
                  Required.id(command.bodyId(), () -> refused(BODY_ID_REQUIRED))).manager();
        apply(Opening.of(command, roster, now()));
    }

    @CommandHandler
    public void handle(CastVoteCommand command, MetaData metaData, DecisionRoster roster) {
        Voters who = voters(metaData, roster);
        String organisationId = who.votingFor(electorate, delegates);
        open();
        String offered = offered(command.option());
        String voterId = who.actorId();
        if (!offered.equals(votes.get(organisationId)) || !voterId.equals(voters.get(organisationId))) {
            apply(new VoteCastEvent(decisionId, organisationId, voterId, offered));
        }
    }

    @CommandHandler
    public void handle(RecordCentreVoteCommand command, MetaData metaData, DecisionRoster roster) {
        String recorderId = voters(metaData, roster).manager();
        open();
        if (mode != DecisionMode.LIVE) {
            throw refused(NOT_AT_MEETING);
        }
        String organisationId = Required.id(command.organisationId(), () -> refused(ORGANISATION_REQUIRED));
        if (!electorate.includes(organisationId)) {
            throw refused(CENTRE_NOT_VOTING);
        }
        String offered = offered(command.option());
        if (!offered.equals(votes.get(organisationId)) || !recorderId.equals(voters.get(organisationId))) {
            apply(new CentreVoteRecordedEvent(decisionId, organisationId, recorderId, offered));
        }
    }

    @CommandHandler
    public void handle(DesignateDelegateCommand command, MetaData metaData, DecisionRoster roster) {
        Voters who = voters(metaData, roster);
        String organisationId = who.centreMember(electorate);
        open();
        String delegateId = Required.id(command.delegateId(), () -> refused(DELEGATE_REQUIRED));
        if (!who.organisationOf(delegateId).filter(organisationId::equals).isPresent()) {
            throw refused(DELEGATE_NOT_OF_CENTRE);
        }
        if (!delegateId.equals(delegates.get(organisationId))) {
            apply(new DelegateDesignatedEvent(decisionId, organisationId, delegateId));
        }
    }

    @CommandHandler
    public void handle(RevokeDelegateCommand command, MetaData metaData, DecisionRoster roster) {
        String organisationId = voters(metaData, roster).centreMember(electorate);
        open();
        String delegateId = delegates.get(organisationId);
        if (delegateId == null) {
            throw refused(NO_DELEGATE);
        }
        apply(new DelegateRevokedEvent(decisionId, organisationId, delegateId));
    }

    @CommandHandler
    public void handle(CloseDecisionCommand command, MetaData metaData, DecisionRoster roster) {
        voters(metaData, roster).manager();
        open();
        ClosingReason reason;
        if (mode == DecisionMode.LIVE) {
            reason = ClosingReason.AT_MEETING;
        } else if (!now().isBefore(deadline)) {
            reason = ClosingReason.DEADLINE;
        } else if (votes.size() == electorate.size()) {
            reason = ClosingReason.ALL_VOTED;
        } else {
            throw refused(NOT_ALL_VOTED, votes.size(), electorate.size());
        }
        Count count = Count.of(options, votes.values(), electorate.quorum(), majority);
        apply(new DecisionClosedEvent(decisionId, cooperationId, bodyId, registerPrefix, reason, count.tally(),
                                      count.centresVoted(), electorate.size(), electorate.quorum(), count.outcome(),
                                      count.adoptedOption()));
    }

    @CommandHandler
    public void handle(AnnulDecisionCommand command, MetaData metaData, DecisionRoster roster) {
        voters(metaData, roster).manager();
        if (annulled) {
            throw refused(ANNULLED);
        }
        if (!closed) {
            throw refused(NOT_CLOSED);
        }
        String reason = Required.text(command.reason(), () -> refused(REASON_REQUIRED));
        if (reason.length() > DecisionLimits.REASON) {
            throw refused(REASON_TOO_LONG, DecisionLimits.REASON);
        }
        apply(new DecisionAnnulledEvent(decisionId, cooperationId, bodyId, reason));
    }

    private String offered(String given) {
        String option = Required.text(given, () -> refused(OPTION_REQUIRED));
        return options.stream().filter(known -> known.equalsIgnoreCase(option)).findFirst()
                      .orElseThrow(() -> refused(OPTION_UNKNOWN, option));
    }

    private Voters voters(MetaData metaData, DecisionRoster roster) {
        Voters who = Voters.of(metaData, roster, cooperationId, bodyId);
        who.sees(delegates);
        return who;
    }

    /** Votes, delegations and the close itself wait for an open decision: a closed one is frozen. */
    private void open() {
        if (closed) {
            throw refused(CLOSED);
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(DecisionOpenedEvent event) {
        decisionId = event.decisionId();
        cooperationId = event.cooperationId();
        bodyId = event.bodyId();
        registerPrefix = event.registerPrefix();
        options = event.options();
        electorate = new Electorate(event.electorate(), event.quorum());
        majority = event.majority();
        mode = event.mode();
        deadline = event.deadline();
    }

    @EventSourcingHandler
    void on(VoteCastEvent event) {
        votes.put(event.organisationId(), event.option());
        voters.put(event.organisationId(), event.voterId());
    }

    @EventSourcingHandler
    void on(CentreVoteRecordedEvent event) {
        votes.put(event.organisationId(), event.option());
        voters.put(event.organisationId(), event.recorderId());
    }

    @EventSourcingHandler
    void on(DelegateDesignatedEvent event) {
        delegates.put(event.organisationId(), event.delegateId());
    }

    @EventSourcingHandler
    void on(DelegateRevokedEvent event) {
        delegates.remove(event.organisationId(), event.delegateId());
    }

    @EventSourcingHandler
    void on(DecisionClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(DecisionAnnulledEvent event) {
        annulled = true;
    }
}
