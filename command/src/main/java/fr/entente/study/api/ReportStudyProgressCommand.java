package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A progress report on a launched study, by its lead centre; {@code milestoneId}: the milestone it reached, if any. */
public record ReportStudyProgressCommand(@TargetAggregateIdentifier String studyId, String text, String milestoneId) {
}
