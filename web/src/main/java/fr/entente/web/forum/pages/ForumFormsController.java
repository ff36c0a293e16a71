package fr.entente.web.forum.pages;

import fr.entente.forum.api.Reaction;
import fr.entente.forum.api.SpaceRole;
import fr.entente.web.forum.ForumRequests;
import fr.entente.web.forum.ForumResults;
import fr.entente.web.forum.ForumSpaces;
import fr.entente.web.forum.ForumWriting;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.PageForm;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The forum pages' forms: create a space on a theme, seat or remove its people; start a thread; reply, quote, edit,
 * delete, react; pin, lock, move. Each goes through the forum's application layer, as the API does, and answers as
 * every page's forms do (post, redirect, get): back to the page with a confirmation, or with the errors next to the
 * form and what was typed kept, nothing stored.
 */
@PageController
class ForumFormsController {

    private final ForumWriting writing;
    private final ForumSpaces spaces;
    private final PageForm form;
    private final MessageSource messages;

    ForumFormsController(ForumWriting writing, ForumSpaces spaces, PageForm form, MessageSource messages) {
        this.writing = writing;
        this.spaces = spaces;
        this.form = form;
        this.messages = messages;
    }

    @PostMapping("/cooperations/{cooperationId}/forum/espaces")
    String createSpace(@PathVariable String cooperationId, @RequestParam Map<String, String> fields,
                       @RequestParam(name = "moderatorIds", required = false) List<String> moderators,
                       @RequestParam(name = "memberIds", required = false) List<String> members,
                       RedirectAttributes redirect, Locale locale) {
        ForumRequests.NewThemeSpace request = new ForumRequests.NewThemeSpace(fields.get("title"), fields.get("description"),
                                                                              orEmpty(members), orEmpty(moderators));
        String forum = "/cooperations/" + cooperationId + "/forum";
        String[] created = new String[1];
        PageForm.Outcome outcome = form.submit(request, Map.of(), "title", () -> {
            ForumResults.SpaceCreated space = spaces.create(cooperationId, request);
            created[0] = space.spaceId();
            return messages.getMessage("forum.done.spaceCreated", new Object[]{space.title()}, locale);
        });
        return form.answer(outcome, "espace", fields, forum,
                           outcome.done() ? forum + "/espaces/" + created[0] : forum, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/forum/espaces/{spaceId}/membres")
    String addMember(@PathVariable String cooperationId, @PathVariable String spaceId,
                     @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        SpaceRole role = "MODERATOR".equals(fields.get("role")) ? SpaceRole.MODERATOR : SpaceRole.MEMBER;
        ForumRequests.SpaceMember request = new ForumRequests.SpaceMember(blankToNull(fields.get("personId")), role);
        return submit(spacePath(cooperationId, spaceId), "membre", fields, request, "personId", () -> {
            spaces.add(cooperationId, spaceId, request.personId(), role);
            return messages.getMessage("forum.done.memberAdded", null, locale);
        }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/forum/espaces/{spaceId}/membres/{personId}/retrait")
    String removeMember(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String personId,
                        RedirectAttributes redirect, Locale locale) {
        return submit(spacePath(cooperationId, spaceId), "membre", Map.of(), null, "personId", () -> {
            spaces.remove(cooperationId, spaceId, personId);
            return messages.getMessage("forum.done.memberRemoved", null, locale);
        }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/forum/espaces/{spaceId}/fils")
    String startThread(@PathVariable String cooperationId, @PathVariable String spaceId,
                       @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        ForumRequests.NewThread request = new ForumRequests.NewThread(fields.get("title"), fields.get("text"),
                                                                      blankToNull(fields.get("meetingId")),
                                                                      blankToNull(fields.get("decisionId")));
        String[] started = new String[1];
        PageForm.Outcome outcome = form.submit(request, Map.of(), "title", () -> {
            ForumResults.ThreadStarted thread = writing.start(cooperationId, spaceId, request);
            started[0] = thread.threadId();
            return messages.getMessage("forum.done.threadStarted", null, locale);
        });
        String page = spacePath(cooperationId, spaceId);
        return form.answer(outcome, "fil", fields, page, outcome.done() ? threadPath(cooperationId, started[0]) : page,
                           redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/forum/fils/{threadId}/messages")
    String reply(@PathVariable String cooperationId, @PathVariable String threadId,
                 @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        ForumRequests.NewPost request = new ForumRequests.NewPost(fields.get("text"), blankToNull(fields.get("replyToPostId")),
                                                                  blankToNull(fields.get("quotedPostId")));
        String[] written = new String[1];
        PageForm.Outcome outcome = form.submit(request, Map.of(), "text", () -> {
            written[0] = writing.write(cooperationId, threadId, request).postId();
            return messages.getMessage("forum.done.posted", null, locale);
        });
        String page = threadPath(cooperationId, threadId);
        return form.answer(outcome, "reponse", fields, page + "#reponse",
                           outcome.done() ? page + "#message-" + written[0] : page + "#reponse", redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/forum/fils/{threadId}/messages/{postId}")
    String edit(@PathVariable String cooperationId, @PathVariable String threadId, @PathVariable String postId,
                @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        ForumRequests.PostEdit request = new ForumRequests.PostEdit(fields.get("text"));
        PageForm.Outcome outcome = form.submit(request, Map.of(), "text", () -> {
            writing.edit(cooperationId, threadId, postId, request);
            return messages.getMessage("forum.done.edited", null, locale);
        });
        String page = threadPath(cooperationId, threadId);
        Map<String, String> values = new LinkedHashMap<>(fields);
        values.put("postId", postId);
        return form.answer(outcome, "modification", values, page + "?modifier=" + postId + "#message-" + postId,
                           page + "#message-" + postId, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/forum/fils/{threadId}/messages/{postId}/suppression")
    String delete(@PathVariable String cooperationId, @PathVariable String threadId, @PathVariable String postId,
                  RedirectAttributes redirect, Locale locale) {
        return submit(threadPath(cooperationId, threadId) + "#message-" + postId, "suppression", Map.of("postId", postId),
                      null, "postId", () -> {
                          writing.delete(cooperationId, threadId, postId);
                          return messages.getMessage("forum.done.deleted", null, locale);
                      }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/forum/fils/{threadId}/messages/{postId}/reactions")
    String react(@PathVariable String cooperationId, @PathVariable String threadId, @PathVariable String postId,
                 @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        Reaction reaction = Arrays.stream(Reaction.values()).filter(value -> value.name().equals(fields.get("reaction")))
                                  .findFirst().orElse(null);
        boolean add = !"retirer".equals(fields.get("action"));
        return submit(threadPath(cooperationId, threadId) + "#message-" + postId, "reaction", Map.of("postId", postId),
                      null, "reaction", () -> {
                          writing.react(cooperationId, threadId, postId, reaction, add);
                          return messages.getMessage(add ? "forum.done.reacted" : "forum.done.reactionWithdrawn", null, locale);
                      }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/forum/fils/{threadId}/suivi")
    String follow(@PathVariable String cooperationId, @PathVariable String threadId, @RequestParam Map<String, String> fields,
                  RedirectAttributes redirect, Locale locale) {
        boolean following = "oui".equals(fields.get("following"));
        return moderation(cooperationId, threadId, () -> {
            writing.follow(cooperationId, threadId, following);
            return messages.getMessage(following ? "forum.done.followed" : "forum.done.unfollowed", null, locale);
        }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/forum/fils/{threadId}/epingle")
    String pin(@PathVariable String cooperationId, @PathVariable String threadId, @RequestParam Map<String, String> fields,
               RedirectAttributes redirect, Locale locale) {
        boolean pinned = "oui".equals(fields.get("pinned"));
        return moderation(cooperationId, threadId, () -> {
            writing.pin(cooperationId, threadId, pinned);
            return messages.getMessage(pinned ? "forum.done.pinned" : "forum.done.unpinned", null, locale);
        }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/forum/fils/{threadId}/verrou")
    String lock(@PathVariable String cooperationId, @PathVariable String threadId, @RequestParam Map<String, String> fields,
                RedirectAttributes redirect, Locale locale) {
        boolean locked = "oui".equals(fields.get("locked"));
        return moderation(cooperationId, threadId, () -> {
            writing.lock(cooperationId, threadId, locked);
            return messages.getMessage(locked ? "forum.done.locked" : "forum.done.unlocked", null, locale);
        }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/forum/fils/{threadId}/deplacement")
    String move(@PathVariable String cooperationId, @PathVariable String threadId, @RequestParam Map<String, String> fields,
                RedirectAttributes redirect, Locale locale) {
        ForumRequests.Move request = new ForumRequests.Move(blankToNull(fields.get("toSpaceId")));
        return submit(threadPath(cooperationId, threadId), "moderation", fields, request, "toSpaceId", () -> {
            writing.move(cooperationId, threadId, request.toSpaceId());
            return messages.getMessage("forum.done.moved", null, locale);
        }, redirect);
    }

    private String moderation(String cooperationId, String threadId, Supplier<String> action, RedirectAttributes redirect) {
        return submit(threadPath(cooperationId, threadId), "moderation", Map.of(), null, "_page", action, redirect);
    }

    private String submit(String page, String formName, Map<String, String> values, Object request, String mainField,
                          Supplier<String> action, RedirectAttributes redirect) {
        PageForm.Outcome outcome = form.submit(request, Map.of(), mainField, action);
        return form.answer(outcome, formName, values, page, redirect);
    }

    private static String spacePath(String cooperationId, String spaceId) {
        return "/cooperations/" + cooperationId + "/forum/espaces/" + spaceId;
    }

    private static String threadPath(String cooperationId, String threadId) {
        return "/cooperations/" + cooperationId + "/forum/fils/" + threadId;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
