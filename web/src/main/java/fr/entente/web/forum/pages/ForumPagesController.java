package fr.entente.web.forum.pages;

import fr.entente.cooperation.query.FindCooperationPeopleQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.forum.api.ForumLimits;
import fr.entente.forum.api.SpaceKind;
import fr.entente.forum.api.SpaceRole;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.live.LivePositions;
import fr.entente.web.pages.ScriptJson;
import fr.entente.forum.query.ForumSpacesProjection;
import fr.entente.forum.query.ForumThreadsProjection;
import fr.entente.decision.query.DecisionSummary;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.web.forum.ForumNames;
import fr.entente.web.forum.ForumReading;
import fr.entente.web.forum.ForumResults;
import fr.entente.web.decision.DecisionAccess;
import fr.entente.web.meeting.MeetingAccess;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.PageForm;
import fr.entente.web.pages.ReadYourWrites;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.security.VisibleCooperation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The forum's pages, for the members of each space: the spaces a person is in (and, for an administrator, the form
 * that creates a space on a theme), a space with its threads and members, and a thread with its posts. They read
 * through the forum's application layer, as the API does; their forms are {@link ForumFormsController}'s.
 */
@PageController
class ForumPagesController {

    static final List<String> FORMS = List.of("_page", "espace", "fil", "reponse", "modification", "suppression",
                                              "reaction", "moderation", "membre");

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ForumReading reading;
    private final ForumNames names;
    private final CooperationAccess cooperations;
    private final MeetingAccess meetings;
    private final DecisionAccess decisions;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;
    private final LivePositions livePositions;
    private final ScriptJson json;

    ForumPagesController(ForumReading reading, ForumNames names, CooperationAccess cooperations, MeetingAccess meetings,
                         DecisionAccess decisions, QueryGateway queries, ReadYourWrites readYourWrites,
                         LivePositions livePositions, ScriptJson json) {
        this.decisions = decisions;
        this.livePositions = livePositions;
        this.json = json;
        this.reading = reading;
        this.names = names;
        this.cooperations = cooperations;
        this.meetings = meetings;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/cooperations/{cooperationId}/forum")
    String forum(@PathVariable String cooperationId, Model model) {
        readYourWrites.await(model, ForumSpacesProjection.PROCESSING_GROUP);
        VisibleCooperation cooperation = cooperations.cooperation(cooperationId);
        model.addAttribute("cooperation", cooperation.cooperation());
        model.addAttribute("spaces", reading.spaces(cooperationId));
        boolean administrator = cooperation.membership().administrator();
        model.addAttribute("administrator", administrator);
        if (administrator) {
            model.addAttribute("people", peopleOf(cooperationId));
        }
        common(model);
        return "forum";
    }

    @GetMapping("/cooperations/{cooperationId}/forum/espaces/{spaceId}")
    String space(@PathVariable String cooperationId, @PathVariable String spaceId, Model model) {
        readYourWrites.await(model, ForumSpacesProjection.PROCESSING_GROUP, ForumThreadsProjection.PROCESSING_GROUP);
        String topic = LiveTopics.forumSpace(cooperationId, spaceId);
        long position = livePositions.of(topic);
        ForumResults.SpaceDetail space = reading.space(cooperationId, spaceId);
        model.addAttribute("liveJson", json.of(Map.of("topic", topic, "position", position,
                "fragment", "/cooperations/" + cooperationId + "/forum/espaces/" + spaceId + "/discussions")));
        model.addAttribute("cooperation", cooperations.cooperation(cooperationId).cooperation());
        model.addAttribute("detail", space);
        model.addAttribute("space", space.space());
        boolean manageMembers = space.space().kind() == SpaceKind.THEME && space.space().yourRole() != null
                                && space.space().yourRole().name().equals("MODERATOR");
        model.addAttribute("manageMembers", manageMembers);
        if (manageMembers) {
            List<String> inSpace = space.members().stream().map(ForumResults.Member::personId).toList();
            model.addAttribute("people", peopleOf(cooperationId).stream()
                                                                 .filter(person -> !inSpace.contains(person.personId()))
                                                                 .toList());
        }
        model.addAttribute("meetings", bodyMeetings(cooperationId, space.space()));
        model.addAttribute("decisions", bodyDecisions(cooperationId, space.space()));
        common(model);
        return "forum-espace";
    }

    /** The space's list of threads alone, for a page that follows it live. */
    @GetMapping("/cooperations/{cooperationId}/forum/espaces/{spaceId}/discussions")
    String spaceThreads(@PathVariable String cooperationId, @PathVariable String spaceId, Model model) {
        ForumResults.SpaceDetail space = reading.space(cooperationId, spaceId);
        model.addAttribute("cooperation", cooperations.cooperation(cooperationId).cooperation());
        model.addAttribute("detail", space);
        model.addAttribute("space", space.space());
        model.addAttribute("paris", PARIS);
        return "forum-espace :: discussions";
    }

    @GetMapping("/cooperations/{cooperationId}/forum/fils/{threadId}")
    String thread(@PathVariable String cooperationId, @PathVariable String threadId,
                  @RequestParam(name = "repondre", required = false) String replyTo,
                  @RequestParam(name = "citer", required = false) String quote,
                  @RequestParam(name = "modifier", required = false) String edit,
                  @RequestParam(name = "supprimer", required = false) String delete,
                  Model model) {
        readYourWrites.await(model, ForumThreadsProjection.PROCESSING_GROUP);
        String topic = LiveTopics.forumThread(cooperationId, threadId);
        long position = livePositions.of(topic);
        ForumResults.Thread thread = reading.thread(cooperationId, threadId);
        reading.opened(cooperationId, thread);
        model.addAttribute("liveJson", json.of(Map.of("topic", topic, "position", position,
                "fragment", "/cooperations/" + cooperationId + "/forum/fils/" + threadId + "/messages",
                "mentionable", "/api/cooperations/" + cooperationId + "/forum/spaces/" + thread.space().spaceId()
                               + "/mentionable")));
        model.addAttribute("cooperation", cooperations.cooperation(cooperationId).cooperation());
        model.addAttribute("thread", thread);
        model.addAttribute("space", thread.space());
        model.addAttribute("moderator", thread.space().yourRole() != null
                                        && thread.space().yourRole().name().equals("MODERATOR"));
        model.addAttribute("replyTo", known(thread, replyTo));
        model.addAttribute("quote", known(thread, quote));
        model.addAttribute("editing", known(thread, edit));
        model.addAttribute("deleting", known(thread, delete));
        model.addAttribute("emoji", ForumResults.emoji());
        common(model);
        return "forum-fil";
    }

    /**
     * The thread's posts alone, for a page that follows it live: new ones are added in order, and nothing typed in the
     * page's forms is touched. They are marked read, since the page shows them.
     */
    @GetMapping("/cooperations/{cooperationId}/forum/fils/{threadId}/messages")
    String threadPosts(@PathVariable String cooperationId, @PathVariable String threadId, Model model) {
        ForumResults.Thread thread = reading.thread(cooperationId, threadId);
        reading.opened(cooperationId, thread);
        model.addAttribute("cooperation", cooperations.cooperation(cooperationId).cooperation());
        model.addAttribute("thread", thread);
        model.addAttribute("space", thread.space());
        model.addAttribute("moderator", thread.space().yourRole() == SpaceRole.MODERATOR);
        model.addAttribute("emoji", ForumResults.emoji());
        model.addAttribute("paris", PARIS);
        model.addAttribute("limits", Map.of("title", ForumLimits.TITLE, "post", ForumLimits.POST,
                                            "description", ForumLimits.DESCRIPTION));
        return "forum-fil :: messages";
    }

    /** A form's address opened in the address bar: its page. */
    @GetMapping("/cooperations/{cooperationId}/forum/fils/{threadId}/**")
    String threadFormAddress(@PathVariable String cooperationId, @PathVariable String threadId) {
        return "redirect:/cooperations/" + cooperationId + "/forum/fils/" + threadId;
    }

    /** The meetings a thread of a body's space may be about: the body's, the latest first. */
    private List<MeetingSummary> bodyMeetings(String cooperationId, ForumResults.Space space) {
        if (space.kind() != SpaceKind.BODY) {
            return List.of();
        }
        try {
            return meetings.bodyMeetings(cooperationId, space.bodyId()).stream()
                           .sorted(Comparator.comparing(MeetingSummary::date).reversed()).toList();
        } catch (NotVisibleException notYetSeated) {
            // the directory has not seated the person yet, a moment behind their space: no meeting to offer
            return List.of();
        }
    }

    /** The decisions a thread of a body's space may be about: the body's, the latest opened first. */
    private List<DecisionSummary> bodyDecisions(String cooperationId, ForumResults.Space space) {
        if (space.kind() != SpaceKind.BODY) {
            return List.of();
        }
        try {
            return decisions.bodyDecisions(cooperationId, space.bodyId()).stream()
                            .sorted(Comparator.comparing(DecisionSummary::openedAt,
                                                         Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        } catch (NotVisibleException notYetSeated) {
            // the directory has not seated the person yet, a moment behind their space: no decision to offer
            return List.of();
        }
    }

    /** A post of the thread named in the address, or null for any other value. */
    private static ForumResults.Post known(ForumResults.Thread thread, String postId) {
        return postId == null ? null : thread.posts().stream().filter(post -> post.postId().equals(postId)).findFirst()
                                             .orElse(null);
    }

    private List<ForumResults.Member> peopleOf(String cooperationId) {
        List<String> ids = queries.query(new FindCooperationPeopleQuery(cooperationId),
                                         ResponseTypes.multipleInstancesOf(MembershipView.class)).join()
                                  .stream().map(MembershipView::personId).toList();
        Map<String, String> named = names.people(cooperationId, ids);
        return ids.stream().map(id -> new ForumResults.Member(id, named.get(id), null))
                  .sorted(Comparator.comparing(ForumResults.Member::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static void common(Model model) {
        model.addAttribute("paris", PARIS);
        model.addAttribute("limits", Map.of("title", ForumLimits.TITLE, "post", ForumLimits.POST,
                                            "description", ForumLimits.DESCRIPTION));
        PageForm.exposeForms(model, FORMS, form -> form);
    }
}
