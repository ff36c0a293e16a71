package fr.entente.web.document.live;

import fr.entente.live.query.LiveTopics;
import fr.entente.web.document.DocumentSpaceAccess;
import fr.entente.web.live.LiveTopicRule;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The documents' live topics: a folder's list, for those who see the folder ({@link DocumentSpaceAccess}). */
@Component
class DocumentTopics implements LiveTopicRule {

    private static final Pattern FOLDER = Pattern.compile("cooperation/([^/]+)/documents/([^/]+)/folder/([^/]+)");

    private final DocumentSpaceAccess access;

    DocumentTopics(DocumentSpaceAccess access) {
        this.access = access;
    }

    @Override
    public Optional<Boolean> maySee(String personId, String topic) {
        Matcher folder = FOLDER.matcher(topic);
        if (!folder.matches()) {
            return Optional.empty();
        }
        String folderId = LiveTopics.ROOT.equals(folder.group(3)) ? null : folder.group(3);
        return Optional.of(access.folderAccessOf(personId, folder.group(1), folder.group(2), folderId).reads());
    }
}
