package fr.entente.decision.api;

import fr.entente.common.api.ListedRefusal;

import static fr.entente.common.api.Refusal.Kind.CONFLICT;
import static fr.entente.common.api.Refusal.Kind.INVALID;
import static fr.entente.common.api.Refusal.Kind.MISSING;
import static fr.entente.common.api.Refusal.Kind.NOT_ALLOWED;

/** Why a decision or a register refuses a command: thrown as {@link DecisionRefusedException}. */
public enum DecisionRefusal implements ListedRefusal {

    DECISION_ID_REQUIRED("decision.decisionId-required", MISSING, "decisionId"),
    COOPERATION_ID_REQUIRED("decision.cooperationId-required", MISSING, "cooperationId"),
    BODY_ID_REQUIRED("decision.bodyId-required", MISSING, "bodyId"),
    QUESTION_REQUIRED("decision.question-required", MISSING, "question"),
    MODE_REQUIRED("decision.mode-required", MISSING, "mode"),
    DEADLINE_REQUIRED("decision.deadline-required", MISSING, "deadline"),
    OPTION_REQUIRED("decision.option-required", MISSING, "option"),
    DELEGATE_REQUIRED("decision.delegateId-required", MISSING, "delegateId"),
    ORGANISATION_REQUIRED("decision.organisationId-required", MISSING, "organisationId"),
    REASON_REQUIRED("decision.reason-required", MISSING, "reason"),

    QUESTION_TOO_LONG("decision.question-too-long", INVALID, "question", "most"),
    TEXT_TOO_LONG("decision.text-too-long", INVALID, "text", "most"),
    REASON_TOO_LONG("decision.reason-too-long", INVALID, "reason", "most"),
    OPTIONS_INVALID("decision.options-invalid", INVALID, "options", "most", "longest"),
    QUORUM_INVALID("decision.quorum-invalid", INVALID, "quorum", "most"),
    DEADLINE_TOO_SOON("decision.deadline-too-soon", INVALID, "deadline"),
    DEADLINE_NOT_LIVE("decision.deadline-for-asynchronous-only", INVALID, "deadline"),
    CONCERN_INVALID("decision.concern-invalid", INVALID, "concern"),
    NO_VOTERS("decision.no-voting-centres", INVALID, "bodyId"),
    OPTION_UNKNOWN("decision.option-unknown", INVALID, "option", "option"),
    DELEGATE_NOT_OF_CENTRE("decision.delegate-not-of-centre", INVALID, "delegateId"),

    MANAGER_REQUIRED("decision.officer-or-convenor-required", NOT_ALLOWED, null),
    NOT_A_VOTER("decision.not-a-voter", NOT_ALLOWED, null),
    PERSON_REQUIRED("decision.person-required", NOT_ALLOWED, null),

    /** Not one the acting person may see (another cooperation, a body they do not sit in), as if it did not exist. */
    NOT_FOUND("decision.not-found", Kind.NOT_FOUND, null),
    NO_DELEGATE("decision.no-delegate", Kind.NOT_FOUND, "delegateId"),
    CENTRE_NOT_VOTING("decision.centre-not-voting", Kind.NOT_FOUND, "organisationId"),

    ALREADY_EXISTS("decision.already-exists", CONFLICT, "decisionId"),
    CLOSED("decision.closed", CONFLICT, null),
    NOT_CLOSED("decision.not-closed", CONFLICT, null),
    NOT_ALL_VOTED("decision.not-all-voted", CONFLICT, null, "voted", "voters"),
    ANNULLED("decision.annulled", CONFLICT, null),
    /** A vote recorded by the officer is given at the meeting: an arbitration by e-mail takes each centre's own. */
    NOT_AT_MEETING("decision.recorded-vote-at-meeting-only", CONFLICT, null);

    private final Terms terms;

    DecisionRefusal(String code, Kind kind, String field, String... arguments) {
        this.terms = new Terms(code, kind, field, arguments);
    }

    @Override
    public Terms terms() {
        return terms;
    }
}
