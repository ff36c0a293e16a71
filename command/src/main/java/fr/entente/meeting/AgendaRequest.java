package fr.entente.meeting;

import fr.entente.meeting.api.AgendaItemPurpose;

/** A member's request for an agenda item, as the agenda's rules need it; {@code decided} once accepted or declined. */
record AgendaRequest(String title, AgendaItemPurpose purpose, Integer expectedMinutes, boolean decided) {

    AgendaRequest asDecided() {
        return new AgendaRequest(title, purpose, expectedMinutes, true);
    }
}
