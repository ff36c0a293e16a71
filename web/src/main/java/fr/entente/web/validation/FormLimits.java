package fr.entente.web.validation;

import fr.entente.cooperation.api.CooperationLimits;
import fr.entente.meeting.api.MeetingLimits;

/**
 * The limits the pages' fields show as {@code maxlength} ({@code ${limits.title}}, see {@link FormLimitsAdvice}), the
 * same constants the API's validation and the aggregates check, so that a page never accepts what the server
 * refuses.
 */
public final class FormLimits {

    static final FormLimits ALL = new FormLimits();

    public final int title = MeetingLimits.TITLE;
    public final int place = MeetingLimits.PLACE;
    public final int videoLink = MeetingLimits.VIDEO_LINK;
    public final int reason = MeetingLimits.REASON;
    public final int description = MeetingLimits.DESCRIPTION;
    public final int proposal = MeetingLimits.PROPOSAL;
    public final int action = MeetingLimits.ACTION;
    public final int noteBlock = MeetingLimits.NOTE_BLOCK;
    public final int minutes = MeetingLimits.MINUTES;
    public final int amendment = MeetingLimits.AMENDMENT;
    public final int name = CooperationLimits.NAME;
    public final int organisationId = CooperationLimits.ORGANISATION_ID;
    public final int bodyId = CooperationLimits.BODY_ID;
    public final int departmentCode = CooperationLimits.DEPARTMENT_CODE;
    public final int displayName = AccountLimits.DISPLAY_NAME;
    public final int email = AccountLimits.EMAIL;

    private FormLimits() {
    }
}
