package fr.entente.meeting.query;

import fr.entente.common.api.ActorMetaData;
import fr.entente.cooperation.query.BodyMemberView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.document.api.DocumentAccess;
import fr.entente.document.query.DocumentView;
import fr.entente.document.query.FindDocumentQuery;
import fr.entente.document.query.VersionView;
import fr.entente.meeting.api.MeetingDocuments;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The documents a meeting names, as the documents' public language tells them: the document by
 * {@link FindDocumentQuery}, who reads its folder by the {@link DocumentAccess} port (the same rule as its pages), the
 * body's members by the directory's {@link FindBodyQuery}. Never the documents' collections.
 */
@Component
public class MeetingDocumentsFromReadModels implements MeetingDocuments {

    private final QueryGateway queries;
    private final DocumentAccess access;

    /** Lazy: both are built with the Axon configuration, which command handlers' resources are part of. */
    public MeetingDocumentsFromReadModels(@Lazy QueryGateway queries, @Lazy DocumentAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @Override
    public Optional<Reach> reach(String cooperationId, String bodyId, String documentId, String actorId) {
        if (cooperationId == null || documentId == null) {
            return Optional.empty();
        }
        Optional<DocumentView> found = queries.query(new FindDocumentQuery(documentId),
                                                     ResponseTypes.optionalInstanceOf(DocumentView.class)).join()
                                              .filter(document -> document.cooperationId().equals(cooperationId)
                                                                  && !document.trashed() && !document.versions().isEmpty());
        return found.map(document -> new Reach(currentVersion(document),
                                               ActorMetaData.SYSTEM.equals(actorId) || reads(document, actorId),
                                               members(cooperationId, bodyId).stream()
                                                                             .allMatch(member -> reads(document, member))));
    }

    private boolean reads(DocumentView document, String personId) {
        return personId != null
               && access.of(document.cooperationId(), document.spaceId(), document.folderId(), personId).reads();
    }

    private List<String> members(String cooperationId, String bodyId) {
        return queries.query(new FindBodyQuery(cooperationId, bodyId), ResponseTypes.optionalInstanceOf(BodyView.class))
                      .join().map(body -> body.members().stream().map(BodyMemberView::personId).toList())
                      .orElse(List.of());
    }

    private static int currentVersion(DocumentView document) {
        return document.versions().stream().mapToInt(VersionView::version).max().orElse(0);
    }
}
