package fr.entente.live.query;

import java.util.Optional;

/** The topics open pages follow; the web layer authorises each one like the query that shows it. */
public final class LiveTopics {

    private static final String PERSON = "person/";

    private LiveTopics() {
    }

    /** A body's page: its members and their roles. */
    public static String body(String cooperationId, String bodyId) {
        return "cooperation/" + cooperationId + "/body/" + bodyId;
    }

    /** A cooperation's directory page. */
    public static String cooperation(String cooperationId) {
        return "cooperation/" + cooperationId;
    }

    /** A person's home page: their cooperations, bodies and roles. */
    public static String person(String personId) {
        return PERSON + personId;
    }

    /** The person whose home page this topic is, if it is one: their memberships changed. */
    public static Optional<String> personOf(String topic) {
        return topic.startsWith(PERSON) ? Optional.of(topic.substring(PERSON.length())) : Optional.empty();
    }

    /** A meeting's page: the whole meeting (type {@code meeting}). */
    public static String meeting(String cooperationId, String meetingId) {
        return "cooperation/" + cooperationId + "/meeting/" + meetingId;
    }

    /** A body's meetings, as its list shows them (type {@code meetings}). */
    public static String bodyMeetings(String cooperationId, String bodyId) {
        return "cooperation/" + cooperationId + "/body/" + bodyId + "/meetings";
    }

    /** A forum space's list of threads (type {@code threads}). */
    public static String forumSpace(String cooperationId, String spaceId) {
        return "cooperation/" + cooperationId + "/forum/space/" + spaceId;
    }

    /** A forum thread's page: its posts and state (type {@code thread}; changes {@code posts}, {@code post:<id>}, {@code state}). */
    public static String forumThread(String cooperationId, String threadId) {
        return "cooperation/" + cooperationId + "/forum/thread/" + threadId;
    }

    /** A person's forum notifications: their unread count, for the bell of every page (type {@code notifications}). */
    public static String notifications(String personId) {
        return "notifications/" + personId;
    }

    /** A decision's page: its tally and status (type {@code decision}, a thin frame of what changed). */
    public static String decision(String cooperationId, String decisionId) {
        return "cooperation/" + cooperationId + "/decision/" + decisionId;
    }

    /** A study of the observatory, its chain as its page shows it (type {@code study}, change {@code study}). */
    public static String study(String cooperationId, String studyId) {
        return "cooperation/" + cooperationId + "/study/" + studyId;
    }

    /** A roadmap of a cooperation, its axes, actions and progress as its page shows them (type {@code roadmap}). */
    public static String roadmap(String cooperationId, String roadmapId) {
        return "cooperation/" + cooperationId + "/roadmap/" + roadmapId;
    }

    /** The cooperation's studies, as their list by stage shows them (type {@code studies}). */
    public static String studies(String cooperationId) {
        return "cooperation/" + cooperationId + "/studies";
    }

    /** A body's decisions, as its list and register show them (type {@code decisions}). */
    public static String bodyDecisions(String cooperationId, String bodyId) {
        return "cooperation/" + cooperationId + "/body/" + bodyId + "/decisions";
    }

    /** A folder of a space's documents ({@code folderId} {@code null}: the root): its subfolders and documents (type {@code documents}). */
    public static String documentFolder(String cooperationId, String spaceId, String folderId) {
        return "cooperation/" + cooperationId + "/documents/" + spaceId + "/folder/" + (folderId == null ? ROOT : folderId);
    }

    /** The name of the root of a space's documents in its topic (no folder has it: folders have generated ids). */
    public static final String ROOT = "racine";
}
