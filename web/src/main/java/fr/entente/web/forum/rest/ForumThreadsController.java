package fr.entente.web.forum.rest;

import fr.entente.forum.api.Reaction;
import fr.entente.web.forum.ForumReading;
import fr.entente.web.forum.ForumRequests;
import fr.entente.web.forum.ForumResults;
import fr.entente.web.forum.ForumWriting;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Threads and posts: start a thread, write, reply and quote, edit (versions kept), delete ("message supprimé"), react;
 * moderators pin, lock and move. Members of the thread's space only (404 for anyone else).
 */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/forum", produces = "application/json")
@Tag(name = "Forum")
public class ForumThreadsController {

    private final ForumReading reading;
    private final ForumWriting writing;

    public ForumThreadsController(ForumReading reading, ForumWriting writing) {
        this.reading = reading;
        this.writing = writing;
    }

    @PostMapping("/spaces/{spaceId}/threads")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a thread with its first post (Markdown, at most 50,000 characters), optionally about a "
                         + "meeting of the cooperation",
               description = "The title is one line without markup (422 forum.title-markup); HTML in the text is kept as "
                             + "typed and shown as text, never run.")
    public ForumResults.ThreadStarted start(@PathVariable String cooperationId, @PathVariable String spaceId,
                                            @Valid @RequestBody ForumRequests.NewThread request) {
        return writing.start(cooperationId, spaceId, request);
    }

    @GetMapping("/threads/{threadId}")
    @Operation(summary = "A thread with its posts: text (Markdown) and html (rendered and sanitised), quotes, reactions, "
                         + "every version of an edited post; a deleted post has neither text nor history",
               description = "Live updates: topic cooperation/{c}/forum/thread/{t}.")
    public ForumResults.Thread thread(@PathVariable String cooperationId, @PathVariable String threadId) {
        return reading.thread(cooperationId, threadId);
    }

    @PostMapping("/threads/{threadId}/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a post, optionally replying to a post of the thread and quoting one",
               description = "409 forum.thread-locked in a locked thread.")
    public ForumResults.PostWritten write(@PathVariable String cooperationId, @PathVariable String threadId,
                                          @Valid @RequestBody ForumRequests.NewPost request) {
        return writing.write(cooperationId, threadId, request);
    }

    @PutMapping("/threads/{threadId}/posts/{postId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Edit a post (its author or a moderator): a new version, the earlier ones kept")
    public void edit(@PathVariable String cooperationId, @PathVariable String threadId, @PathVariable String postId,
                     @Valid @RequestBody ForumRequests.PostEdit request) {
        writing.edit(cooperationId, threadId, postId, request);
    }

    @DeleteMapping("/threads/{threadId}/posts/{postId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a post (its author or a moderator): the thread shows \"message supprimé\"")
    public void delete(@PathVariable String cooperationId, @PathVariable String threadId, @PathVariable String postId) {
        writing.delete(cooperationId, threadId, postId);
    }

    @PutMapping("/threads/{threadId}/posts/{postId}/reactions/{reaction}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "React to a post: LIKE, THANKS, AGREED, IDEA or QUESTION (once each)")
    public void react(@PathVariable String cooperationId, @PathVariable String threadId, @PathVariable String postId,
                      @PathVariable Reaction reaction) {
        writing.react(cooperationId, threadId, postId, reaction, true);
    }

    @DeleteMapping("/threads/{threadId}/posts/{postId}/reactions/{reaction}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw one's reaction to a post")
    public void withdraw(@PathVariable String cooperationId, @PathVariable String threadId, @PathVariable String postId,
                         @PathVariable Reaction reaction) {
        writing.react(cooperationId, threadId, postId, reaction, false);
    }

    @PutMapping("/threads/{threadId}/following")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Follow a thread: be told of its new posts (its author and those who reply follow it already)")
    public void follow(@PathVariable String cooperationId, @PathVariable String threadId) {
        writing.follow(cooperationId, threadId, true);
    }

    @DeleteMapping("/threads/{threadId}/following")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop following a thread (replying to it again follows it again)")
    public void unfollow(@PathVariable String cooperationId, @PathVariable String threadId) {
        writing.follow(cooperationId, threadId, false);
    }

    @PutMapping("/threads/{threadId}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark a thread read up to its last post, and its notifications with it (the page does so on opening)")
    public void read(@PathVariable String cooperationId, @PathVariable String threadId) {
        reading.opened(cooperationId, reading.thread(cooperationId, threadId));
    }

    @PutMapping("/threads/{threadId}/pinned")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Pin or unpin a thread (moderators)")
    public void pin(@PathVariable String cooperationId, @PathVariable String threadId,
                    @Valid @RequestBody ForumRequests.Pinning request) {
        writing.pin(cooperationId, threadId, request.pinned());
    }

    @PutMapping("/threads/{threadId}/locked")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lock or unlock a thread (moderators)")
    public void lock(@PathVariable String cooperationId, @PathVariable String threadId,
                     @Valid @RequestBody ForumRequests.Locking request) {
        writing.lock(cooperationId, threadId, request.locked());
    }

    @PutMapping("/threads/{threadId}/space")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Move a thread to another space of the cooperation (a moderator of its space who is a member of "
                         + "the other)")
    public void move(@PathVariable String cooperationId, @PathVariable String threadId,
                     @Valid @RequestBody ForumRequests.Move request) {
        writing.move(cooperationId, threadId, request.toSpaceId());
    }
}
