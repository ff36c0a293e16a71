package fr.entente.forum.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A thread as its page shows it: where it is, its title, its state (pinned, locked), its posts in the order written;
 * {@code position} is the log position of the last event applied. Only {@link ThreadChanges} changes it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ThreadView {

    String threadId;
    String cooperationId;
    String spaceId;
    String title;
    String authorId;
    String meetingId;
    String decisionId;
    Instant startedAt;
    Instant lastActivityAt;
    boolean pinned;
    boolean locked;
    List<PostView> posts = new ArrayList<>();
    /** Who is told of its new posts: its author, those who reply, those who chose to follow it; less who stopped. */
    List<String> followers = new ArrayList<>();
    long position;

    ThreadView() {
        // for Jackson
    }

    ThreadView(String threadId, String cooperationId, String spaceId, String title, String authorId, String meetingId,
               String decisionId, Instant at) {
        this.decisionId = decisionId;
        this.threadId = threadId;
        this.cooperationId = cooperationId;
        this.spaceId = spaceId;
        this.title = title;
        this.authorId = authorId;
        this.meetingId = meetingId;
        this.startedAt = at;
        this.lastActivityAt = at;
    }

    Optional<PostView> post(String postId) {
        return posts.stream().filter(post -> post.postId.equals(postId)).findFirst();
    }

    public ThreadSummary summary() {
        PostView last = posts.stream().filter(post -> !post.deleted).reduce((first, second) -> second).orElse(null);
        return new ThreadSummary(threadId, spaceId, title, authorId, startedAt, lastActivityAt,
                                 last == null ? null : last.authorId, (int) posts.stream().filter(post -> !post.deleted).count(),
                                 pinned, locked, meetingId, last == null ? 0 : last.position);
    }

    public String threadId() {
        return threadId;
    }

    public String cooperationId() {
        return cooperationId;
    }

    public String spaceId() {
        return spaceId;
    }

    public String title() {
        return title;
    }

    public String authorId() {
        return authorId;
    }

    /** The decision the thread is about, or null. */
    public String decisionId() {
        return decisionId;
    }

    public String meetingId() {
        return meetingId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean locked() {
        return locked;
    }

    void follow(String personId) {
        if (!followers.contains(personId)) {
            followers.add(personId);
        }
    }

    void unfollow(String personId) {
        followers.remove(personId);
    }

    public List<String> followers() {
        return List.copyOf(followers);
    }

    public List<PostView> posts() {
        return List.copyOf(posts);
    }

    public long position() {
        return position;
    }
}
