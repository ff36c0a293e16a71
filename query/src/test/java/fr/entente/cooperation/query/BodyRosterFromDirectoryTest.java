package fr.entente.cooperation.query;

import fr.entente.testing.TestMongo;

import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.BodyMemberRemovedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.meeting.query.BodyRosterFromDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static fr.entente.cooperation.query.TwoCooperations.BRETAGNE;
import static fr.entente.cooperation.query.TwoCooperations.BRETON;
import static fr.entente.cooperation.query.TwoCooperations.CNFPT;
import static fr.entente.cooperation.query.TwoCooperations.CODIR;
import static fr.entente.cooperation.query.TwoCooperations.COPIL;
import static fr.entente.cooperation.query.TwoCooperations.DELEGATE;
import static fr.entente.cooperation.query.TwoCooperations.DIRECTOR;
import static fr.entente.cooperation.query.TwoCooperations.HDF;
import static fr.entente.cooperation.query.TwoCooperations.LOG;
import static fr.entente.cooperation.query.TwoCooperations.OFFICER;
import static fr.entente.cooperation.query.TwoCooperations.WORKING_GROUP;
import static fr.entente.cooperation.query.TwoCooperations.logThen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meetings' roster asked of the directory's queries (answered from the read models its projections write from the
 * log of two cooperations), against a real MongoDB-wire server. It sits here, next to the directory's test log.
 */
class BodyRosterFromDirectoryTest {

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private MongoDatabase database;
    private BodyRosterFromDirectory roster;

    @BeforeEach
    void emptyDatabase() {
        database = mongo.freshDatabase();
    }

    private void directory(java.util.List<Object> log) {
        LiveJournals live = LiveJournals.on(database);
        BodyDirectoryProjection bodies = new BodyDirectoryProjection(database, live.journal());
        EventFeed.to(bodies).feed(log);
        CooperationDirectoryProjection cooperations = new CooperationDirectoryProjection(database, live.journal());
        EventFeed.to(cooperations).feed(log);
        MembershipProjection memberships = new MembershipProjection(database, live.journal());
        EventFeed.to(memberships).feed(log);
        new AnnotationQueryHandlerAdapter<>(memberships).subscribe(live.queryBus());
        new AnnotationQueryHandlerAdapter<>(bodies).subscribe(live.queryBus());
        new AnnotationQueryHandlerAdapter<>(cooperations).subscribe(live.queryBus());
        roster = new BodyRosterFromDirectory(DefaultQueryGateway.builder().queryBus(live.queryBus()).build());
    }

    @Test
    void givesEachMembersCurrentRoleInTheBody() {
        directory(LOG);

        assertThat(roster.roleOf(HDF, CODIR, OFFICER)).contains(BodyRole.OFFICER);
        assertThat(roster.roleOf(HDF, CODIR, DIRECTOR)).contains(BodyRole.CONVENOR);
        assertThat(roster.roleOf(HDF, COPIL, DELEGATE)).contains(BodyRole.MEMBER);
    }

    @Test
    void findsNoRoleForAPersonOutsideTheBody() {
        directory(LOG);

        assertThat(roster.roleOf(HDF, COPIL, DIRECTOR)).isEmpty();
        assertThat(roster.roleOf(HDF, WORKING_GROUP, OFFICER)).isEmpty();
        assertThat(roster.roleOf(HDF, "no-such-body", OFFICER)).isEmpty();
    }

    @Test
    void findsNoRoleInABodyOfTheSameIdInAnotherCooperation() {
        directory(LOG);

        assertThat(roster.roleOf(BRETAGNE, COPIL, OFFICER)).isEmpty();
        assertThat(roster.roleOf(HDF, COPIL, BRETON)).isEmpty();
        assertThat(roster.roleOf(BRETAGNE, COPIL, BRETON)).contains(BodyRole.CONVENOR);
    }

    @Test
    void findsNoRoleOnceTheMemberIsRemoved() {
        directory(logThen(new BodyMemberRemovedEvent(HDF, CODIR, OFFICER)));

        assertThat(roster.roleOf(HDF, CODIR, OFFICER)).isEmpty();
    }

    @Test
    void givesThePersonsOrganisationInThatCooperationOnly() {
        directory(LOG);

        assertThat(roster.organisationOf(HDF, OFFICER)).contains("cdg-59");
        assertThat(roster.organisationOf(HDF, DELEGATE)).contains(CNFPT);
        assertThat(roster.organisationOf(BRETAGNE, OFFICER)).isEmpty();
        assertThat(roster.organisationOf(HDF, null)).isEmpty();
    }

    @Test
    void knowsTheOrganisationsOfEachCooperationOnly() {
        directory(LOG);

        assertThat(roster.hasOrganisation(HDF, "cdg-59")).isTrue();
        assertThat(roster.hasOrganisation(HDF, CNFPT)).as("a partner").isTrue();
        assertThat(roster.hasOrganisation(HDF, "cdg-35")).as("a centre of Bretagne").isFalse();
        assertThat(roster.hasOrganisation(BRETAGNE, "cdg-35")).isTrue();
        assertThat(roster.hasOrganisation(HDF, null)).isFalse();
    }

    @Test
    void knowsTheBodiesOfEachCooperationOnly() {
        directory(LOG);

        assertThat(roster.hasBody(HDF, CODIR)).isTrue();
        assertThat(roster.hasBody(BRETAGNE, CODIR)).as("a body of the same id in another cooperation").isFalse();
        assertThat(roster.hasBody(HDF, "no-such-body")).isFalse();
    }
}
