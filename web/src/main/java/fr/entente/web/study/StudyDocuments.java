package fr.entente.web.study;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.query.BodyMemberView;
import fr.entente.cooperation.query.BodySummary;
import fr.entente.document.query.DocumentsProjection;
import fr.entente.document.api.GrantFolderReadingCommand;
import fr.entente.forum.api.SpaceIds;
import fr.entente.infra.audit.Actor;
import fr.entente.study.api.OpenStudyFolderCommand;
import fr.entente.study.api.StudyRefusal;
import fr.entente.study.query.StudyView;
import fr.entente.web.application.PersonCommands;
import fr.entente.web.application.ReadModels;
import fr.entente.web.application.WrittenPosition;
import fr.entente.web.document.DocumentReading;
import fr.entente.web.document.DocumentResults;
import fr.entente.web.document.DocumentSpaceAccess;
import fr.entente.web.document.DocumentWriting;
import fr.entente.web.meeting.MeetingAccess;
import fr.entente.web.security.CooperationAccess;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static fr.entente.study.api.StudyRefusedException.refused;

/**
 * A study's results are documents of the document context: in the study's folder of its working group's document
 * space, opened on the first result (or when asked), through the document context's application layer (its checks of
 * who writes where, of the file's name, type and size). A result named by its id must be a document of that folder
 * that the person sees.
 */
@Component
public class StudyDocuments {

    private static final int NAME_MOST = 200;

    private final DocumentWriting writing;
    private final DocumentSpaceAccess documents;
    private final CooperationAccess cooperations;
    private final MeetingAccess meetings;
    private final PersonCommands commands;
    private final DocumentReading reading;
    private final ReadModels readModels;

    StudyDocuments(DocumentWriting writing, DocumentSpaceAccess documents, CooperationAccess cooperations,
                   MeetingAccess meetings, PersonCommands commands, DocumentReading reading, ReadModels readModels) {
        this.reading = reading;
        this.readModels = readModels;
        this.writing = writing;
        this.documents = documents;
        this.cooperations = cooperations;
        this.meetings = meetings;
        this.commands = commands;
    }

    /** The study's folder, opened now if it has none: in the space of the working group it came from, or the first. */
    public StudyView.Folder folderOf(String cooperationId, StudyView study) {
        if (study.folder() != null) {
            return study.folder();
        }
        String spaceId = SpaceIds.ofBody(cooperationId, workingGroupOf(cooperationId, study));
        String folderId = writing.createFolder(cooperationId, spaceId, null, folderName(study)).folderId();
        commands.send(cooperationId, new OpenStudyFolderCommand(study.studyId(), spaceId, folderId));
        return new StudyView.Folder(spaceId, folderId);
    }

    /** Files put up into the study's folder: their document ids. */
    public List<String> upload(String cooperationId, StudyView.Folder folder, List<DocumentWriting.Upload> uploads) {
        List<String> ids = new ArrayList<>();
        for (DocumentWriting.Upload upload : uploads) {
            ids.add(writing.upload(cooperationId, folder.spaceId(), folder.folderId(), upload).documentId());
        }
        return ids;
    }

    /**
     * The committee receives each study's results (seed convention, art. 4 and 5): the study's folder is opened, to
     * read, to the people of the cooperation's technical committee, who mostly do not sit in the working group. Sent as
     * the hub, the study having checked who delivers; whoever sits in the committee later reads it too.
     */
    public void openToTechnicalCommittee(String cooperationId, StudyView.Folder folder) {
        cooperations.cooperation(cooperationId).cooperation().bodies().stream()
                    .filter(body -> body.kind() == BodyKind.TECHNICAL_COMMITTEE)
                    .forEach(committee -> commands.sendAs(Actor.system(cooperationId), new GrantFolderReadingCommand(
                            folder.folderId(), cooperationId, SpaceIds.ofBody(cooperationId, committee.bodyId()))));
        // the people asked to read next must see the folder in the documents' read model first
        WrittenPosition.ofThisRequest().ifPresent(position -> readModels.awaitProcessed(
                position, DocumentsProjection.PROCESSING_GROUP));
    }

    /**
     * Each result document sent "à lire", by the person, to the members of that committee who see the study's folder
     * (the person themselves left out): the document context records who opens them and reminds the others after
     * {@code remindAfterHours}. Its refusals (a delay out of bounds, nobody to read) come back as they are.
     */
    public void sendToRead(String cooperationId, StudyView study, String committeeId, int remindAfterHours) {
        openToTechnicalCommittee(cooperationId, study.folder());
        String sender = cooperations.membershipIn(cooperationId).personId();
        List<String> readers = cooperations.body(cooperationId, committeeId).members().stream()
                .map(BodyMemberView::personId).filter(Objects::nonNull).filter(person -> !person.equals(sender)).distinct()
                .filter(person -> documents.folderAccessOf(person, cooperationId, study.folder().spaceId(),
                                                           study.folder().folderId()).reads())
                .toList();
        for (String documentId : study.results().documentIds()) {
            writing.requestReading(cooperationId, study.folder().spaceId(), documentId, readers, remindAfterHours);
        }
    }

    /** Who was asked to read a result document and whether they have, as the document's page shows it to this person. */
    public List<DocumentResults.Reader> readersOf(String cooperationId, StudyView study, String documentId) {
        if (study.folder() == null) {
            return List.of();
        }
        try {
            return reading.document(cooperationId, study.folder().spaceId(), documentId).readers();
        } catch (RuntimeException notSeen) {
            return List.of();
        }
    }

    /** Each id a document of the study's folder that the person sees; refused otherwise. */
    public void checkResults(String cooperationId, StudyView study, List<String> documentIds) {
        if (documentIds == null) {
            return;
        }
        for (String documentId : documentIds) {
            if (documentId == null || documentId.isBlank() || study.folder() == null) {
                throw refused(StudyRefusal.DOCUMENT_UNKNOWN, String.valueOf(documentId));
            }
            try {
                String folderId = documents.document(cooperationId, study.folder().spaceId(), documentId)
                                           .document().folderId();
                if (!study.folder().folderId().equals(folderId)) {
                    throw refused(StudyRefusal.DOCUMENT_UNKNOWN, documentId);
                }
            } catch (RuntimeException notSeen) {
                if (notSeen instanceof fr.entente.study.api.StudyRefusedException) {
                    throw notSeen;
                }
                throw refused(StudyRefusal.DOCUMENT_UNKNOWN, documentId);
            }
        }
    }

    /** The name of a result document of the study, as the page shows it; empty if the person may not see it. */
    public Optional<String> nameOf(String cooperationId, StudyView study, String documentId) {
        if (study.folder() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(documents.document(cooperationId, study.folder().spaceId(), documentId).document().name());
        } catch (RuntimeException notSeen) {
            return Optional.empty();
        }
    }

    private String workingGroupOf(String cooperationId, StudyView study) {
        String personId = cooperations.membershipIn(cooperationId).personId();
        List<BodySummary> groups = cooperations.cooperation(cooperationId).cooperation().bodies().stream()
                                               .filter(body -> body.kind() == BodyKind.WORKING_GROUP).toList();
        Optional<String> origin = Optional.ofNullable(study.proposal().meetingId())
                .flatMap(meetingId -> meetings.seenBy(personId, cooperationId, meetingId))
                .map(seen -> seen.meeting().bodyId())
                .filter(bodyId -> groups.stream().anyMatch(group -> group.bodyId().equals(bodyId)));
        return origin.or(() -> groups.stream().map(BodySummary::bodyId)
                                     .filter(bodyId -> meetings.sitsIn(personId, cooperationId, bodyId)).findFirst())
                     .or(() -> groups.stream().map(BodySummary::bodyId).findFirst())
                     .orElseThrow(() -> refused(StudyRefusal.WORKING_GROUP_REQUIRED));
    }

    private static String folderName(StudyView study) {
        String name = ("Étude – " + study.proposal().title()).replaceAll("[/\\\\\\p{Cc}\\p{Cf}]", "-").strip();
        return name.length() <= NAME_MOST ? name : name.substring(0, NAME_MOST - 1).strip() + "…";
    }
}
