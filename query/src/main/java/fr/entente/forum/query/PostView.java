package fr.entente.forum.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fr.entente.forum.api.Reaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A post as its thread shows it: the current text ({@code null} once deleted: the read model drops it, and its
 * history), what it replies to and quotes, every version ({@code versions}, the first as written), and the people
 * who reacted, by reaction. Only {@link ThreadChanges} changes it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class PostView {

    String postId;
    String authorId;
    Instant writtenAt;
    String text;
    String replyToPostId;
    String quotedPostId;
    boolean deleted;
    /** Deleted because its author was erased (domain rule 6), not by a person. */
    boolean erased;
    String deletedBy;
    Instant deletedAt;
    List<PostVersionView> versions = new ArrayList<>();
    Map<Reaction, List<String>> reactions = new EnumMap<>(Reaction.class);
    /** Where in the log it was written: what a reader's unread marker compares with. */
    long position;

    PostView() {
        // for Jackson
    }

    PostView(String postId, String authorId, Instant writtenAt, String text, String replyToPostId, String quotedPostId,
             long position) {
        this.position = position;
        this.postId = postId;
        this.authorId = authorId;
        this.writtenAt = writtenAt;
        this.text = text;
        this.replyToPostId = replyToPostId;
        this.quotedPostId = quotedPostId;
        versions.add(new PostVersionView(1, text, authorId, writtenAt));
    }

    void edit(int version, String newText, String editorId, Instant at) {
        text = newText;
        versions.add(new PostVersionView(version, newText, editorId, at));
    }

    /** The text and its history leave the read model; who deleted it, and when, stay. */
    void delete(String by, Instant at) {
        deleted = true;
        deletedBy = by;
        deletedAt = at;
        text = null;
        versions = new ArrayList<>();
        reactions = new EnumMap<>(Reaction.class);
    }

    /**
     * Its author was erased: like a deletion, the text and history leave the read model, by nobody (the hub), and the
     * page says why. The others' reactions stay: they are theirs.
     */
    void erase(Instant at) {
        Map<Reaction, List<String>> kept = reactions;
        delete(null, at);
        erased = true;
        reactions = kept;
    }

    /** Whether it was deleted because its author was erased. */
    public boolean erased() {
        return erased;
    }

    void react(String personId, Reaction reaction, boolean added) {
        List<String> people = reactions.computeIfAbsent(reaction, any -> new ArrayList<>());
        people.remove(personId);
        if (added) {
            people.add(personId);
        }
        if (people.isEmpty()) {
            reactions.remove(reaction);
        }
    }

    public long position() {
        return position;
    }

    public String postId() {
        return postId;
    }

    public String authorId() {
        return authorId;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    /** The current text in Markdown; {@code null} for a deleted post. */
    public String text() {
        return text;
    }

    public String replyToPostId() {
        return replyToPostId;
    }

    public String quotedPostId() {
        return quotedPostId;
    }

    public boolean deleted() {
        return deleted;
    }

    public String deletedBy() {
        return deletedBy;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    /** Whether it was edited since written ("modifié"). */
    public boolean edited() {
        return versions.size() > 1;
    }

    /** When it was last changed. */
    public Instant lastEditedAt() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1).at();
    }

    public List<PostVersionView> versions() {
        return List.copyOf(versions);
    }

    public Map<Reaction, List<String>> reactions() {
        Map<Reaction, List<String>> copy = new EnumMap<>(Reaction.class);
        reactions.forEach((reaction, people) -> copy.put(reaction, List.copyOf(people)));
        return copy;
    }
}
