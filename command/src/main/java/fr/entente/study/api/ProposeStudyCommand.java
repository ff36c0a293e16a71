package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * A study proposed to the observatory by a referent or the working group, often from a meeting's proposal
 * ({@code meetingId}, {@code proposalId}) or from an agenda request of that meeting ({@code requestId}).
 */
public record ProposeStudyCommand(@TargetAggregateIdentifier String studyId, String cooperationId, String title,
                                  String question, List<DataSource> dataSources, List<String> departments,
                                  List<String> requestingCentres, String deliverables, LocalDate expectedBy,
                                  String meetingId, String proposalId, String requestId) {
}
