package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The study's results: documents of its folder. */
public record DeliverStudyResultsCommand(@TargetAggregateIdentifier String studyId, List<String> documentIds,
                                         String summary) {
}
