package fr.entente.forum.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import fr.entente.common.query.LogPosition;
import fr.entente.forum.api.*;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The forum's spaces and their members, one document per space in the {@value #COLLECTION} collection:
 * {@code {_id: spaceId, cooperationId, kind, bodyId, title, description, memberIds: [...], position, members: [{personId,
 * role}]}}. The threads' command handlers ask it who is in a space (through {@link SpaceRosterFromReadModels}); the
 * pages and the API ask it which spaces a person sees.
 * <p>
 * Idempotent: a space keeps the position of the last event applied, and an event at that position or before changes
 * nothing.
 */
@Component
@ProcessingGroup(ForumSpacesProjection.PROCESSING_GROUP)
public class ForumSpacesProjection {

    public static final String PROCESSING_GROUP = "forum-spaces";
    static final String COLLECTION = "forumSpaces";

    private static final Comparator<SpaceView> ORDER = Comparator.comparing((SpaceView space) -> space.kind() != SpaceKind.BODY)
            .thenComparing(space -> space.title() == null ? space.bodyId() : space.title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(SpaceView::spaceId);

    private final MongoCollection<Document> spaces;
    private final ApplicationEventPublisher announcements;

    public ForumSpacesProjection(MongoDatabase database, ApplicationEventPublisher announcements) {
        this.spaces = database.getCollection(COLLECTION);
        this.announcements = announcements;
        spaces.createIndex(Indexes.ascending("cooperationId", "memberIds"));
    }

    @ResetHandler
    void reset() {
        spaces.deleteMany(new Document());
    }

    @EventHandler
    void on(BodySpaceOpenedEvent event, LogPosition position) {
        if (find(event.spaceId()).isEmpty()) {
            save(new SpaceView(event.spaceId(), event.cooperationId(), SpaceKind.BODY, event.bodyId(), null, null,
                               List.of(), position.value()));
        }
    }

    @EventHandler
    void on(ThemeSpaceCreatedEvent event, LogPosition position) {
        if (find(event.spaceId()).isEmpty()) {
            save(new SpaceView(event.spaceId(), event.cooperationId(), SpaceKind.THEME, null, event.title(),
                               event.description(), List.of(), position.value()));
        }
    }

    @EventHandler
    void on(SpaceMemberAddedEvent event, LogPosition position) {
        change(event.spaceId(), position, members -> {
            members.removeIf(member -> member.personId().equals(event.personId()));
            members.add(new SpaceMemberView(event.personId(), event.role()));
            return members;
        });
    }

    @EventHandler
    void on(SpaceMemberRoleChangedEvent event, LogPosition position) {
        change(event.spaceId(), position, members -> {
            members.replaceAll(member -> member.personId().equals(event.personId())
                                         ? new SpaceMemberView(event.personId(), event.role()) : member);
            return members;
        });
        rightsChanged(event.personId(), position);
    }

    @EventHandler
    void on(SpaceMemberRemovedEvent event, LogPosition position) {
        change(event.spaceId(), position, members -> {
            members.removeIf(member -> member.personId().equals(event.personId()));
            return members;
        });
        rightsChanged(event.personId(), position);
    }

    /**
     * Tells this process that what a person may see changed, as the directory does for their memberships: the live
     * subscriptions they no longer may hold (a theme space's threads) end at once. Nothing is published to clients.
     */
    private void rightsChanged(String personId, LogPosition position) {
        if (position.known()) {
            announcements.publishEvent(new LiveUpdate(LiveTopics.person(personId), position.value(), "forum-rights",
                                                      List.of("forum-spaces"), null));
        }
    }

    /** The person's role in that space of that cooperation, as this read model has it. */
    public Optional<SpaceRole> roleOf(String cooperationId, String spaceId, String personId) {
        if (cooperationId == null || spaceId == null || personId == null) {
            return Optional.empty();
        }
        return find(spaceId).filter(space -> space.cooperationId().equals(cooperationId))
                            .flatMap(space -> space.roleOf(personId));
    }

    @QueryHandler
    public Optional<SpaceView> handle(FindForumSpaceQuery query) {
        return find(query.spaceId());
    }

    @QueryHandler
    public List<SpaceView> handle(FindPersonSpacesQuery query) {
        return list(and(eq("cooperationId", query.cooperationId()), eq("memberIds", query.personId())));
    }

    @QueryHandler
    public List<SpaceView> handle(FindCooperationSpacesQuery query) {
        return list(eq("cooperationId", query.cooperationId()));
    }

    private List<SpaceView> list(org.bson.conversions.Bson filter) {
        List<SpaceView> found = new ArrayList<>();
        spaces.find(filter).forEach(document -> found.add(read(document)));
        found.sort(ORDER);
        return found;
    }

    private void change(String spaceId, LogPosition position, UnaryOperator<List<SpaceMemberView>> change) {
        find(spaceId).filter(space -> !position.notAfter(space.position())).ifPresent(space -> save(
                new SpaceView(space.spaceId(), space.cooperationId(), space.kind(), space.bodyId(), space.title(),
                              space.description(), change.apply(new ArrayList<>(space.members())),
                              position.known() ? position.value() : space.position())));
    }

    private Optional<SpaceView> find(String spaceId) {
        return Optional.ofNullable(spaces.find(eq("_id", spaceId)).first()).map(ForumSpacesProjection::read);
    }

    private void save(SpaceView space) {
        List<Document> members = space.members().stream()
                .map(member -> new Document("personId", member.personId()).append("role", member.role().name()))
                .toList();
        Document document = new Document("_id", space.spaceId())
                .append("cooperationId", space.cooperationId())
                .append("kind", space.kind().name())
                .append("bodyId", space.bodyId())
                .append("title", space.title())
                .append("description", space.description())
                .append("memberIds", space.members().stream().map(SpaceMemberView::personId).toList())
                .append("members", members)
                .append("position", space.position());
        spaces.replaceOne(eq("_id", space.spaceId()), document, new ReplaceOptions().upsert(true));
    }

    private static SpaceView read(Document document) {
        List<SpaceMemberView> members = document.getList("members", Document.class, List.of()).stream()
                .map(member -> new SpaceMemberView(member.getString("personId"), SpaceRole.valueOf(member.getString("role"))))
                .toList();
        return new SpaceView(document.getString("_id"), document.getString("cooperationId"),
                             SpaceKind.valueOf(document.getString("kind")), document.getString("bodyId"),
                             document.getString("title"), document.getString("description"), members,
                             ((Number) document.get("position")).longValue());
    }
}
