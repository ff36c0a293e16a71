package fr.entente.study.api;

import fr.entente.common.api.ListedRefusal;

import static fr.entente.common.api.Refusal.Kind.CONFLICT;
import static fr.entente.common.api.Refusal.Kind.INVALID;
import static fr.entente.common.api.Refusal.Kind.MISSING;
import static fr.entente.common.api.Refusal.Kind.NOT_ALLOWED;

/** Why a study refuses a command: thrown as {@link StudyRefusedException}. */
public enum StudyRefusal implements ListedRefusal {

    STUDY_ID_REQUIRED("study.studyId-required", MISSING, "studyId"),
    COOPERATION_ID_REQUIRED("study.cooperationId-required", MISSING, "cooperationId"),
    TITLE_REQUIRED("study.title-required", MISSING, "title"),
    QUESTION_REQUIRED("study.question-required", MISSING, "question"),
    DATA_SOURCES_REQUIRED("study.dataSources-required", MISSING, "dataSources"),
    DECISION_ID_REQUIRED("study.decisionId-required", MISSING, "decisionId"),
    LEAD_CENTRE_REQUIRED("study.leadCentre-required", MISSING, "leadCentre"),
    MILESTONE_TITLE_REQUIRED("study.milestone-title-required", MISSING, "milestones"),
    TEXT_REQUIRED("study.text-required", MISSING, "text"),
    DOCUMENTS_REQUIRED("study.documentIds-required", MISSING, "documentIds"),
    AUDIENCES_REQUIRED("study.plannedAudiences-required", MISSING, "plannedAudiences"),
    MEANS_REQUIRED("study.means-required", MISSING, "means"),
    AUDIENCE_REQUIRED("study.audience-required", MISSING, "audience"),
    SUBJECT_REQUIRED("study.subject-required", MISSING, "subject"),
    FOLDER_REQUIRED("study.folder-required", MISSING, "folderId"),

    TITLE_TOO_LONG("study.title-too-long", INVALID, "title", "most"),
    TEXT_TOO_LONG("study.text-too-long", INVALID, null, "most"),
    CENTRE_NOT_MEMBER("study.centre-not-member", INVALID, null, "organisationId"),
    EXPECTED_IN_THE_PAST("study.expectedBy-in-the-past", INVALID, "expectedBy"),
    MILESTONE_UNKNOWN("study.milestone-unknown", INVALID, "milestoneId", "milestoneId"),
    /** The body asked to validate or arbitrate is not a technical committee of the cooperation. */
    TECHNICAL_COMMITTEE_REQUIRED("study.technical-committee-required", INVALID, "bodyId"),
    /** The meeting, request or proposal a study is said to come from is not one of the cooperation's that the person sees. */
    ORIGIN_UNKNOWN("study.origin-unknown", INVALID, "meetingId"),
    /** A results document is not a document of the cooperation's working group that the person sees. */
    DOCUMENT_UNKNOWN("study.document-unknown", INVALID, "documentIds", "documentId"),

    WORKING_GROUP_REQUIRED("study.working-group-required", NOT_ALLOWED, null),
    MANAGER_REQUIRED("study.officer-or-convenor-required", NOT_ALLOWED, null),
    LEAD_CENTRE_OR_MANAGER_REQUIRED("study.lead-centre-required", NOT_ALLOWED, null),
    DIRECTOR_REQUIRED("study.director-required", NOT_ALLOWED, null),
    BY_THE_HUB("study.outcome-by-hub", NOT_ALLOWED, null),

    /** Not one the acting person may see (another cooperation), as if it did not exist. */
    NOT_FOUND("study.not-found", Kind.NOT_FOUND, null),
    DECISION_UNKNOWN("study.decision-unknown", Kind.NOT_FOUND, "decisionId"),

    NOT_PROPOSED("study.not-proposed", CONFLICT, null),
    NOT_VALIDATED("study.not-validated", CONFLICT, null),
    REJECTED("study.rejected", CONFLICT, null),
    NOT_IN_PROGRESS("study.not-in-progress", CONFLICT, null),
    RESULTS_NOT_DELIVERED("study.results-not-delivered", CONFLICT, null),
    COMMITTEE_NOT_INFORMED("study.committee-not-informed", CONFLICT, "audience"),
    ARBITRATION_OPEN("study.arbitration-open", CONFLICT, null),
    FOLDER_ALREADY_OPEN("study.folder-already-open", CONFLICT, "folderId"),
    DISSEMINATION_REFUSED("study.dissemination-refused", CONFLICT, null, "reference");

    private final Terms terms;

    StudyRefusal(String code, Kind kind, String field, String... arguments) {
        this.terms = new Terms(code, kind, field, arguments);
    }

    @Override
    public Terms terms() {
        return terms;
    }
}
