package fr.entente.roadmap.api;

import fr.entente.common.api.ListedRefusal;

import static fr.entente.common.api.Refusal.Kind.CONFLICT;
import static fr.entente.common.api.Refusal.Kind.INVALID;
import static fr.entente.common.api.Refusal.Kind.MISSING;
import static fr.entente.common.api.Refusal.Kind.NOT_ALLOWED;

/** Why a roadmap refuses a command: thrown as {@link RoadmapRefusedException}. */
public enum RoadmapRefusal implements ListedRefusal {

    ROADMAP_ID_REQUIRED("roadmap.roadmapId-required", MISSING, "roadmapId"),
    COOPERATION_ID_REQUIRED("roadmap.cooperationId-required", MISSING, "cooperationId"),
    YEAR_REQUIRED("roadmap.year-required", MISSING, "year"),
    AXES_REQUIRED("roadmap.axes-required", MISSING, "axes"),
    AXIS_TITLE_REQUIRED("roadmap.axis-title-required", MISSING, "axes"),
    ACTIONS_REQUIRED("roadmap.actions-required", MISSING, "axes", "axis"),
    ACTION_TITLE_REQUIRED("roadmap.action-title-required", MISSING, "axes", "axis"),
    LEAD_CENTRE_REQUIRED("roadmap.leadCentre-required", MISSING, "leadCentre", "action"),
    DECISION_ID_REQUIRED("roadmap.decisionId-required", MISSING, "decisionId"),
    TEXT_REQUIRED("roadmap.text-required", MISSING, "text"),
    PERCENT_REQUIRED("roadmap.percent-required", MISSING, "percent"),
    STUDY_ID_REQUIRED("roadmap.studyId-required", MISSING, "studyId"),

    YEAR_OUT_OF_RANGE("roadmap.year-out-of-range", INVALID, "year"),
    TEXT_TOO_LONG("roadmap.text-too-long", INVALID, null, "most"),
    CENTRE_NOT_MEMBER("roadmap.centre-not-member", INVALID, null, "organisationId"),
    PARTNER_UNKNOWN("roadmap.partner-unknown", INVALID, "partners", "organisationId"),
    PERCENT_OUT_OF_RANGE("roadmap.percent-out-of-range", INVALID, "percent"),
    ACTION_UNKNOWN("roadmap.action-unknown", INVALID, "actionId", "actionId"),
    DUPLICATE_ID("roadmap.duplicate-id", INVALID, "axes", "id"),
    /** The body asked to validate is not the cooperation's steering or technical committee. */
    COMMITTEE_REQUIRED("roadmap.committee-required", INVALID, "bodyId"),
    /** A study named is not one of the cooperation's that the person sees. */
    STUDY_UNKNOWN("roadmap.study-unknown", INVALID, "studyId"),

    WORKING_GROUP_REQUIRED("roadmap.working-group-required", NOT_ALLOWED, null),
    MANAGER_REQUIRED("roadmap.officer-or-convenor-required", NOT_ALLOWED, null),
    LEAD_CENTRE_OR_MANAGER_REQUIRED("roadmap.lead-centre-required", NOT_ALLOWED, null),
    BY_THE_HUB("roadmap.outcome-by-hub", NOT_ALLOWED, null),

    NOT_FOUND("roadmap.not-found", Kind.NOT_FOUND, null),
    DECISION_UNKNOWN("roadmap.decision-unknown", Kind.NOT_FOUND, "decisionId"),

    NOT_PROPOSED("roadmap.not-proposed", CONFLICT, null),
    NOT_VALIDATED("roadmap.not-validated", CONFLICT, null),
    ALREADY_EVALUATED("roadmap.already-evaluated", CONFLICT, null);

    private final Terms terms;

    RoadmapRefusal(String code, Kind kind, String field, String... arguments) {
        this.terms = new Terms(code, kind, field, arguments);
    }

    @Override
    public Terms terms() {
        return terms;
    }
}
