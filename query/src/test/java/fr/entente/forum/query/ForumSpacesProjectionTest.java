package fr.entente.forum.query;

import fr.entente.forum.api.*;
import fr.entente.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The spaces' read model: who is in which space, by cooperation, as the threads' rules and the pages ask it. */
class ForumSpacesProjectionTest {

    private static final String HDF = "hauts-de-france";
    private static final String BZH = "bretagne";
    private static final String GT = "espace-hauts-de-france-gt";
    private static final String THEME = "espace-methodes";
    private static final String R62 = "person-referent-62";
    private static final String R80 = "person-referent-80";

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private ForumReadModel model;

    @BeforeEach
    void emptyDatabase() {
        model = ForumReadModel.on(mongo.freshDatabase());
        model.log.feed(new BodySpaceOpenedEvent(GT, HDF, "gt"),
                       new SpaceMemberAddedEvent(GT, HDF, R62, SpaceRole.MODERATOR),
                       new SpaceMemberAddedEvent(GT, HDF, R80, SpaceRole.MEMBER),
                       new ThemeSpaceCreatedEvent(THEME, HDF, "Observatoire – méthodes", "Les méthodes", "person-admin"),
                       new SpaceMemberAddedEvent(THEME, HDF, R62, SpaceRole.MODERATOR));
    }

    @Test
    void theRosterAnswersTheRoleOfAMember() {
        assertThat(model.spaces.roleOf(HDF, GT, R62)).contains(SpaceRole.MODERATOR);
        assertThat(model.spaces.roleOf(HDF, GT, R80)).contains(SpaceRole.MEMBER);
        assertThat(model.spaces.roleOf(HDF, THEME, R80)).isEmpty();
    }

    @Test
    void aSpaceIsNeverFoundThroughAnotherCooperation() {
        assertThat(model.spaces.roleOf(BZH, GT, R62)).isEmpty();
    }

    @Test
    void aPersonSeesTheSpacesTheyAreIn_bodiesFirst() {
        assertThat(model.spaces.handle(new FindPersonSpacesQuery(HDF, R62))).extracting(SpaceView::spaceId)
                                                                            .containsExactly(GT, THEME);
        assertThat(model.spaces.handle(new FindPersonSpacesQuery(HDF, R80))).extracting(SpaceView::spaceId)
                                                                            .containsExactly(GT);
        assertThat(model.spaces.handle(new FindPersonSpacesQuery(BZH, R62))).isEmpty();
    }

    @Test
    void aRemovedMemberNoLongerSeesTheSpace() {
        model.log.feed(new SpaceMemberRemovedEvent(GT, HDF, R80));

        assertThat(model.spaces.roleOf(HDF, GT, R80)).isEmpty();
        assertThat(model.spaces.handle(new FindPersonSpacesQuery(HDF, R80))).isEmpty();
    }

    @Test
    void aRoleChangeIsFollowed() {
        model.log.feed(new SpaceMemberRoleChangedEvent(GT, HDF, R80, SpaceRole.MODERATOR));

        assertThat(model.spaces.roleOf(HDF, GT, R80)).contains(SpaceRole.MODERATOR);
    }

    @Test
    void aThemeSpaceKeepsItsTitleAndDescription() {
        Optional<SpaceView> theme = model.spaces.handle(new FindForumSpaceQuery(THEME));
        assertThat(theme).get().extracting(SpaceView::kind, SpaceView::title, SpaceView::description)
                         .containsExactly(SpaceKind.THEME, "Observatoire – méthodes", "Les méthodes");
    }

    @Test
    void eventsDeliveredAgainChangeNothing() {
        model.log.feed(new SpaceMemberRemovedEvent(GT, HDF, R80));
        model.log.redeliverAll();

        assertThat(model.spaces.roleOf(HDF, GT, R80)).isEmpty();
        assertThat(model.spaces.handle(new FindForumSpaceQuery(GT)).orElseThrow().members()).hasSize(1);
    }
}
