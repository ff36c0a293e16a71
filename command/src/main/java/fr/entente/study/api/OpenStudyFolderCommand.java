package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The study's folder in the document space of its working group (a folder of the document context, created first),
 * where its results are put: opened once, when the study is launched or its first result is put up.
 */
public record OpenStudyFolderCommand(@TargetAggregateIdentifier String studyId, String spaceId, String folderId) {
}
