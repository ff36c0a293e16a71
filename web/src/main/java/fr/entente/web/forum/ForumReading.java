package fr.entente.web.forum;

import fr.entente.forum.api.Reaction;
import fr.entente.forum.api.SpaceRole;
import fr.entente.forum.query.FindDecisionThreadsQuery;
import fr.entente.forum.query.FindSpaceThreadsQuery;
import fr.entente.forum.query.PostView;
import fr.entente.forum.query.SpaceView;
import fr.entente.forum.query.ThreadSummary;
import fr.entente.forum.query.ThreadReadMarks;
import fr.entente.forum.query.ThreadView;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.decision.DecisionAccess;
import fr.entente.web.meeting.MeetingAccess;
import fr.entente.web.pages.MarkdownText;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forum as a member reads it, for the API and the pages alike: their spaces, a space's members and threads, a
 * thread's posts with their Markdown rendered and cleaned ({@link MarkdownText}), quotes, reactions, history, and
 * what the reader may do with each. A deleted post shows who deleted it and when, never its text.
 */
@Component
public class ForumReading {

    private final ForumAccess access;
    private final ForumNames names;
    private final MarkdownText markdown;
    private final QueryGateway queries;
    private final MeetingAccess meetings;
    private final DecisionAccess decisions;

    private final ThreadReadMarks readMarks;
    private final ForumNotifications notifications;

    ForumReading(ForumAccess access, ForumNames names, MarkdownText markdown, QueryGateway queries, MeetingAccess meetings,
                 DecisionAccess decisions, ThreadReadMarks readMarks, ForumNotifications notifications) {
        this.decisions = decisions;
        this.readMarks = readMarks;
        this.notifications = notifications;
        this.access = access;
        this.names = names;
        this.markdown = markdown;
        this.queries = queries;
        this.meetings = meetings;
    }

    public List<ForumResults.Space> spaces(String cooperationId) {
        String personId = access.personId();
        return access.spaces(cooperationId).stream().map(space -> space(space, space.roleOf(personId).orElse(null))).toList();
    }

    public ForumResults.SpaceDetail space(String cooperationId, String spaceId) {
        ForumAccess.SeenSpace seen = access.space(cooperationId, spaceId);
        SpaceView space = seen.space();
        List<ThreadSummary> threads = queries.query(new FindSpaceThreadsQuery(spaceId),
                                                    ResponseTypes.multipleInstancesOf(ThreadSummary.class)).join();
        Set<String> people = new HashSet<>();
        space.members().forEach(member -> people.add(member.personId()));
        threads.forEach(thread -> {
            people.add(thread.authorId());
            if (thread.lastAuthorId() != null) {
                people.add(thread.lastAuthorId());
            }
        });
        Map<String, String> named = names.people(cooperationId, people);
        Map<String, Long> read = readMarks.of(access.personId(), threads.stream().map(ThreadSummary::threadId).toList());
        List<ForumResults.Member> members = space.members().stream()
                .map(member -> new ForumResults.Member(member.personId(), named.get(member.personId()), member.role()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        List<ForumResults.ThreadLine> lines = threads.stream().map(thread -> new ForumResults.ThreadLine(
                thread.threadId(), thread.title(), thread.authorId(), named.get(thread.authorId()), thread.startedAt(),
                thread.lastActivityAt(), thread.lastAuthorId() == null ? null : named.get(thread.lastAuthorId()),
                thread.postCount(), thread.pinned(), thread.locked(),
                thread.lastPostPosition() > read.getOrDefault(thread.threadId(), 0L)
                && !access.personId().equals(thread.lastAuthorId()))).toList();
        return new ForumResults.SpaceDetail(space(space, seen.role()), members, lines, space.position());
    }

    public ForumResults.Thread thread(String cooperationId, String threadId) {
        ForumAccess.SeenThread seen = access.thread(cooperationId, threadId);
        ThreadView thread = seen.thread();
        Map<String, String> named = names.people(cooperationId, peopleOf(thread));
        boolean moderator = seen.space().moderator();
        long readUpTo = readMarks.of(seen.personId(), List.of(threadId)).getOrDefault(threadId, 0L);
        List<ForumResults.Post> posts = thread.posts().stream()
                .map(post -> post(thread, post, named, seen.personId(), moderator, readUpTo)).toList();
        List<ForumResults.Space> moveTargets = moderator
                ? access.spacesOf(seen.personId(), cooperationId).stream()
                        .filter(space -> !space.spaceId().equals(thread.spaceId()))
                        .map(space -> space(space, space.roleOf(seen.personId()).orElse(null))).toList()
                : List.of();
        return new ForumResults.Thread(thread.threadId(), space(seen.space().space(), seen.space().role()), thread.title(),
                                       thread.authorId(), named.get(thread.authorId()), thread.startedAt(),
                                       meeting(seen.personId(), cooperationId, thread.meetingId()),
                                       decision(seen.personId(), cooperationId, thread.decisionId()), thread.pinned(),
                                       thread.locked(), posts, moveTargets, thread.followers().contains(seen.personId()),
                                       thread.position());
    }

    /**
     * The person has been shown the thread up to its position: its posts are no longer unread, nor their notifications.
     */
    public void opened(String cooperationId, ForumResults.Thread thread) {
        String personId = access.personId();
        readMarks.read(personId, thread.threadId(), thread.posts().stream().mapToLong(post -> post.position()).max().orElse(0));
        notifications.threadOpened(personId, thread.posts().stream().map(ForumResults.Post::postId).toList());
    }

    private ForumResults.Space space(SpaceView space, SpaceRole role) {
        return new ForumResults.Space(space.spaceId(), space.kind(), space.bodyId(), names.spaceTitle(space),
                                      space.description(), role, space.members().size());
    }

    private ForumResults.Post post(ThreadView thread, PostView post, Map<String, String> named, String reader,
                                   boolean moderator, long readUpTo) {
        boolean live = !post.deleted();
        ForumResults.Quote quote = post.quotedPostId() == null ? null
                : thread.posts().stream().filter(quoted -> quoted.postId().equals(post.quotedPostId())).findFirst()
                        .map(quoted -> new ForumResults.Quote(quoted.postId(), named.get(quoted.authorId()), quoted.deleted(),
                                                              markdown.html(quoted.text())))
                        .orElse(null);
        String replyToAuthor = post.replyToPostId() == null ? null
                : thread.posts().stream().filter(replied -> replied.postId().equals(post.replyToPostId())).findFirst()
                        .map(replied -> named.get(replied.authorId())).orElse(null);
        List<ForumResults.ReactionCount> reactions = new ArrayList<>();
        for (Reaction reaction : Reaction.values()) {
            List<String> people = post.reactions().getOrDefault(reaction, List.of());
            reactions.add(new ForumResults.ReactionCount(reaction, people.size(), people.contains(reader),
                                                         people.stream().map(named::get).toList()));
        }
        List<ForumResults.Version> versions = post.versions().stream()
                .map(version -> new ForumResults.Version(version.version(), named.get(version.editorId()), version.at(),
                                                         version.text(), markdown.html(version.text())))
                .toList();
        boolean mine = post.authorId().equals(reader);
        return new ForumResults.Post(post.postId(), post.authorId(), named.get(post.authorId()), post.writtenAt(),
                                     post.text(), markdown.html(post.text()), post.deleted(), post.erased(),
                                     post.deletedBy() == null ? null : named.get(post.deletedBy()), post.deletedAt(),
                                     post.edited(), post.lastEditedAt(), post.replyToPostId(), replyToAuthor, quote,
                                     reactions, versions, live && !thread.locked() && (mine || moderator),
                                     live && (mine || moderator), live && !mine && post.position() > readUpTo,
                                     post.position());
    }

    /** The meeting a thread is about, named only to those who may see it (the members of its body). */
    private ForumResults.MeetingLink meeting(String personId, String cooperationId, String meetingId) {
        if (meetingId == null) {
            return null;
        }
        return meetings.seenBy(personId, cooperationId, meetingId)
                       .map(seen -> {
                           MeetingView meeting = seen.meeting();
                           return new ForumResults.MeetingLink(meetingId, meeting.title(), meeting.date());
                       })
                       .orElse(null);
    }

    /**
     * The threads about a decision that the signed-in person sees (those of spaces they are in), for the decision's
     * page: the link back from the decision to the forum.
     */
    public List<ForumResults.DecisionThread> threadsAboutDecision(String cooperationId, String decisionId) {
        String personId = access.personId();
        List<ForumResults.DecisionThread> seen = new ArrayList<>();
        for (ThreadSummary thread : queries.query(new FindDecisionThreadsQuery(decisionId),
                                                  ResponseTypes.multipleInstancesOf(ThreadSummary.class)).join()) {
            access.spaceSeenBy(personId, cooperationId, thread.spaceId())
                  .ifPresent(space -> seen.add(new ForumResults.DecisionThread(thread.threadId(), thread.title(),
                                                                               space.space().title(), thread.postCount())));
        }
        return seen;
    }

    /** The decision a thread is about, named only to those who may see it (its body's members, the administrators). */
    private ForumResults.DecisionLink decision(String personId, String cooperationId, String decisionId) {
        if (decisionId == null) {
            return null;
        }
        return decisions.seenBy(personId, cooperationId, decisionId)
                        .map(seen -> new ForumResults.DecisionLink(decisionId, seen.decision().question(),
                                                                   seen.decision().reference()))
                        .orElse(null);
    }

    private static Set<String> peopleOf(ThreadView thread) {
        Set<String> people = new HashSet<>();
        people.add(thread.authorId());
        for (PostView post : thread.posts()) {
            people.add(post.authorId());
            if (post.deletedBy() != null) {
                people.add(post.deletedBy());
            }
            post.versions().forEach(version -> people.add(version.editorId()));
            post.reactions().values().forEach(people::addAll);
        }
        return people;
    }

}
