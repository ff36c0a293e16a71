package fr.entente.study.api;

import org.axonframework.serialization.Revision;

/** A progress report on a study; {@code milestoneId}: the milestone reached, if any. */
@Revision("1")
public record StudyProgressReportedEvent(String studyId, String text, String milestoneId, String reportedBy) {
}
