package fr.entente.forum;

import fr.entente.forum.api.ForumRefusal;
import fr.entente.forum.api.Reaction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static fr.entente.forum.api.ForumRefusedException.refused;
import static fr.entente.forum.api.ForumRefusedException.refusedOn;

/** The posts of a thread as its rules need them: who wrote each, its version, whether it is deleted, who reacted how. */
final class ThreadPosts {

    /** One post: its author, its current version, deleted or not, and the reactions as {@code personId/REACTION}. */
    static final class Post {
        String authorId;
        int version;
        boolean deleted;
        final Set<String> reactions = new HashSet<>();

        /** By value: the fixtures compare the state a command left with the state its events rebuild. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Post post && version == post.version && deleted == post.deleted
                   && Objects.equals(authorId, post.authorId) && reactions.equals(post.reactions);
        }

        @Override
        public int hashCode() {
            return Objects.hash(authorId, version, deleted, reactions);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ThreadPosts that && posts.equals(that.posts);
    }

    @Override
    public int hashCode() {
        return posts.hashCode();
    }

    private final Map<String, Post> posts = new HashMap<>();

    /** A post of the thread, to act on; deleted ones are refused. */
    Post live(String postId) {
        Post post = known(postId, "postId");
        if (post.deleted) {
            throw refused(ForumRefusal.POST_DELETED);
        }
        return post;
    }

    /** A post of the thread named in another field (replied to, quoted), or {@code null} if none is named. */
    String reference(String postId, String field) {
        if (postId == null || postId.isBlank()) {
            return null;
        }
        if (known(postId, field).deleted) {
            throw refusedOn(field, ForumRefusal.POST_DELETED);
        }
        return postId;
    }

    void unused(String postId) {
        if (posts.containsKey(postId)) {
            throw refused(ForumRefusal.POST_ID_TAKEN);
        }
    }

    static String reactionKey(String personId, Reaction reaction) {
        return personId + "/" + reaction.name();
    }

    private Post known(String postId, String field) {
        Post post = posts.get(postId);
        if (post == null) {
            throw refusedOn(field, ForumRefusal.POST_UNKNOWN);
        }
        return post;
    }

    void written(String postId, String authorId) {
        Post post = new Post();
        post.authorId = authorId;
        post.version = 1;
        posts.put(postId, post);
    }

    void edited(String postId, int version) {
        posts.get(postId).version = version;
    }

    void deleted(String postId) {
        posts.get(postId).deleted = true;
    }

    void reacted(String postId, String personId, Reaction reaction, boolean added) {
        Set<String> reactions = posts.get(postId).reactions;
        if (added) {
            reactions.add(reactionKey(personId, reaction));
        } else {
            reactions.remove(reactionKey(personId, reaction));
        }
    }
}
