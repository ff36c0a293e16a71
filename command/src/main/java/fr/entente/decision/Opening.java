package fr.entente.decision;

import fr.entente.common.Required;
import fr.entente.decision.api.Concern;
import fr.entente.decision.api.DecisionLimits;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.DecisionOpenedEvent;
import fr.entente.decision.api.DecisionOptions;
import fr.entente.decision.api.DecisionRoster;
import fr.entente.decision.api.Majority;
import fr.entente.decision.api.OpenDecisionCommand;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static fr.entente.decision.api.DecisionRefusal.CONCERN_INVALID;
import static fr.entente.decision.api.DecisionRefusal.DEADLINE_NOT_LIVE;
import static fr.entente.decision.api.DecisionRefusal.DEADLINE_REQUIRED;
import static fr.entente.decision.api.DecisionRefusal.DEADLINE_TOO_SOON;
import static fr.entente.decision.api.DecisionRefusal.DECISION_ID_REQUIRED;
import static fr.entente.decision.api.DecisionRefusal.MODE_REQUIRED;
import static fr.entente.decision.api.DecisionRefusal.NOT_FOUND;
import static fr.entente.decision.api.DecisionRefusal.NO_VOTERS;
import static fr.entente.decision.api.DecisionRefusal.OPTIONS_INVALID;
import static fr.entente.decision.api.DecisionRefusal.QUESTION_REQUIRED;
import static fr.entente.decision.api.DecisionRefusal.QUESTION_TOO_LONG;
import static fr.entente.decision.api.DecisionRefusal.QUORUM_INVALID;
import static fr.entente.decision.api.DecisionRefusal.TEXT_TOO_LONG;
import static fr.entente.decision.api.DecisionRefusedException.refused;

/** The checks of an opening, and the event it makes: the question, the options, the rule, the electorate. */
final class Opening {

    private Opening() {
    }

    static DecisionOpenedEvent of(OpenDecisionCommand command, DecisionRoster roster, Instant now) {
        String decisionId = Required.id(command.decisionId(), () -> refused(DECISION_ID_REQUIRED));
        String question = Required.text(command.question(), () -> refused(QUESTION_REQUIRED));
        if (question.length() > DecisionLimits.QUESTION) {
            throw refused(QUESTION_TOO_LONG, DecisionLimits.QUESTION);
        }
        String text = Required.optional(command.text());
        if (text != null && text.length() > DecisionLimits.TEXT) {
            throw refused(TEXT_TOO_LONG, DecisionLimits.TEXT);
        }
        List<String> options = options(command.options());
        DecisionMode mode = Required.value(command.mode(), () -> refused(MODE_REQUIRED));
        Instant deadline = deadline(mode, command.deadline(), now);
        String prefix = roster.registerPrefix(command.cooperationId(), command.bodyId())
                              .orElseThrow(() -> refused(NOT_FOUND));
        List<String> electorate = roster.electorate(command.cooperationId(), command.bodyId(), command.partnersVote());
        if (electorate.isEmpty()) {
            throw refused(NO_VOTERS);
        }
        int quorum = command.quorum() == null ? Electorate.defaultQuorum(electorate.size()) : command.quorum();
        if (quorum < 1 || quorum > electorate.size()) {
            throw refused(QUORUM_INVALID, electorate.size());
        }
        return new DecisionOpenedEvent(decisionId, command.cooperationId(), command.bodyId(), prefix, question, text,
                                       options, concern(command.concern()), electorate, quorum,
                                       command.majority() == null ? Majority.SIMPLE : command.majority(), mode,
                                       deadline, Required.optional(command.meetingId()));
    }

    private static List<String> options(List<String> given) {
        if (given == null || given.isEmpty()) {
            return DecisionOptions.STANDARD;
        }
        List<String> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String option : given) {
            String named = Required.optional(option);
            if (named == null || named.length() > DecisionLimits.OPTION
                || !seen.add(named.toLowerCase(Locale.ROOT))) {
                throw refused(OPTIONS_INVALID, DecisionLimits.MOST_OPTIONS, DecisionLimits.OPTION);
            }
            options.add(named);
        }
        if (options.size() < 2 || options.size() > DecisionLimits.MOST_OPTIONS) {
            throw refused(OPTIONS_INVALID, DecisionLimits.MOST_OPTIONS, DecisionLimits.OPTION);
        }
        return List.copyOf(options);
    }

    private static Instant deadline(DecisionMode mode, Instant deadline, Instant now) {
        if (mode == DecisionMode.LIVE) {
            if (deadline != null) {
                throw refused(DEADLINE_NOT_LIVE);
            }
            return null;
        }
        Required.value(deadline, () -> refused(DEADLINE_REQUIRED));
        if (deadline.isBefore(now.plus(DecisionLimits.LEAST_NOTICE))) {
            throw refused(DEADLINE_TOO_SOON);
        }
        return deadline;
    }

    private static Concern concern(Concern concern) {
        if (concern == null || concern.kind() == null && Required.optional(concern.referenceId()) == null) {
            return null;
        }
        if (concern.kind() == null) {
            throw refused(CONCERN_INVALID);
        }
        String reference = Required.optional(concern.referenceId());
        if (reference != null && reference.length() > DecisionLimits.OPTION) {
            throw refused(CONCERN_INVALID);
        }
        return new Concern(concern.kind(), reference);
    }
}
