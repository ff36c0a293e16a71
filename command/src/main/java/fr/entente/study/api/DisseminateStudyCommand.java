package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The study disseminated to an audience, by some means. */
public record DisseminateStudyCommand(@TargetAggregateIdentifier String studyId, Audience audience, String means) {
}
