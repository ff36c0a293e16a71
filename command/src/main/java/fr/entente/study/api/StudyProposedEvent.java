package fr.entente.study.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A study proposed to the observatory; {@code requestId}: the agenda request it came from, if any. */
@Revision("1")
public record StudyProposedEvent(String studyId, String cooperationId, String title, String question,
                                 List<DataSource> dataSources, List<String> departments, List<String> requestingCentres,
                                 String deliverables, LocalDate expectedBy, String meetingId, String proposalId,
                                 String proposedBy, String requestId) {
}
