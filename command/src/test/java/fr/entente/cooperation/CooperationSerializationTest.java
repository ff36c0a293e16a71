package fr.entente.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.AdministratorRevokedEvent;
import fr.entente.cooperation.api.BodyMemberRemovedEvent;
import fr.entente.cooperation.api.BodyMemberRoleChangedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.CoordinatingCentreDesignatedEvent;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import fr.entente.cooperation.api.PersonRemovedEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fr.entente.cooperation.HautsDeFranceDirectory.ADMINISTRATOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.CNFPT_NAMED_TO_COPIL;
import static fr.entente.cooperation.HautsDeFranceDirectory.CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.COOPERATION_ID;
import static fr.entente.cooperation.HautsDeFranceDirectory.COPIL;
import static fr.entente.cooperation.HautsDeFranceDirectory.DELEGATE;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR_APPOINTED;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR_IN_CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER_APPOINTED;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER_IN_CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER_IN_COPIL;
import static fr.entente.cooperation.HautsDeFranceDirectory.directoryThen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events and snapshots are stored as Jackson JSON. The snapshot mapper reads and writes fields
 * (getters are ignored), as {@code infra} configures it.
 */
class CooperationSerializationTest {

    private static final String COOPERATION_ID_OF_CORSE = "0b6f5f8e-corse";
    private static final CooperationCreatedEvent CREATED =
            new CooperationCreatedEvent(COOPERATION_ID_OF_CORSE, "Coopération des CDG de Corse", "Corse");
    private static final MemberCentreAddedEvent CORSE_DU_SUD_ADDED =
            new MemberCentreAddedEvent(COOPERATION_ID_OF_CORSE, "2A", "CDG de Corse-du-Sud");
    /** A whole directory: organisations, coordinator, people, administrators, bodies, partners named, members and a removal. */
    private static final List<Object> WHOLE_DIRECTORY = directoryThen(
            new CoordinatingCentreDesignatedEvent(COOPERATION_ID, "59"),
            OFFICER_APPOINTED, DIRECTOR_APPOINTED, CNFPT_NAMED_TO_COPIL, OFFICER_IN_CODIR, OFFICER_IN_COPIL,
            DIRECTOR_IN_CODIR,
            new BodyMemberRoleChangedEvent(COOPERATION_ID, CODIR, DIRECTOR, BodyRole.CONVENOR),
            new BodyMemberRemovedEvent(COOPERATION_ID, CODIR, DIRECTOR),
            new AdministratorRevokedEvent(COOPERATION_ID, DIRECTOR),
            new PersonRemovedEvent(COOPERATION_ID, DIRECTOR));

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper()
                    .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .setVisibility(PropertyAccessor.CREATOR, Visibility.ANY))
            .lenientDeserialization()
            .build();

    @Test
    void eventsAreJsonAtRevisionOne() {
        List<Object> events = new ArrayList<>(WHOLE_DIRECTORY);
        events.add(CORSE_DU_SUD_ADDED);
        for (Object event : events) {
            SerializedObject<String> json = serializer.serialize(event, String.class);

            assertThat(json.getType().getRevision()).as(event.getClass().getSimpleName()).isEqualTo("1");
            assertThat(json.getData()).contains("\"cooperationId\":\"");
            assertThat((Object) serializer.deserialize(json)).isEqualTo(event);
        }
    }

    @Test
    void snapshotRestoresCooperationWithItsCentres() {
        Cooperation cooperation = sourcedFrom(List.of(CREATED, CORSE_DU_SUD_ADDED));

        SerializedObject<String> snapshot = serializer.serialize(cooperation, String.class);
        Cooperation restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getData()).contains("\"memberCentres\":{\"2A\":\"CDG de Corse-du-Sud\"}");
        assertThat(restored).usingRecursiveComparison().isEqualTo(cooperation);
    }

    @Test
    void snapshotRestoresTheWholeDirectory() {
        Cooperation cooperation = sourcedFrom(WHOLE_DIRECTORY);

        SerializedObject<String> snapshot = serializer.serialize(cooperation, String.class);
        Cooperation restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getData())
                .contains("\"coordinatingCentre\":\"59\"")
                .contains("\"partners\":{\"cnfpt\":\"CNFPT Hauts-de-France\"}")
                .contains("\"administrators\":[\"" + ADMINISTRATOR + "\",\"" + OFFICER + "\"]")
                .contains("\"removed\":[\"" + DIRECTOR + "\"]")
                .contains("\"" + COPIL + "\":{\"kind\":\"STEERING_COMMITTEE\"")
                .doesNotContain("\"" + DIRECTOR + "\":");
        assertThat(restored).usingRecursiveComparison().isEqualTo(cooperation);
        assertThat(restored).usingRecursiveComparison().isNotEqualTo(sourcedFrom(directoryThen()));
    }

    /** Snapshots written before partners, people and bodies existed hold the centres at the top: they still load. */
    @Test
    void snapshotOfTheFirstVersionRestoresItsCentres() {
        String firstVersion = "{\"cooperationId\":\"" + COOPERATION_ID_OF_CORSE + "\","
                              + "\"name\":\"Coopération des CDG de Corse\",\"region\":\"Corse\","
                              + "\"memberCentres\":{\"2A\":\"CDG de Corse-du-Sud\"}}";

        Cooperation restored = serializer.deserialize(
                new SimpleSerializedObject<>(firstVersion, String.class, Cooperation.class.getName(), null));

        assertThat(restored).usingRecursiveComparison().isEqualTo(sourcedFrom(List.of(CREATED, CORSE_DU_SUD_ADDED)));
    }

    @Test
    void commandsRoundTripThroughJson() {
        for (Object command : new Object[] {new CreateCooperationCommand(COOPERATION_ID, "n", "r"),
                                            new AddMemberCentreCommand(COOPERATION_ID, "59", "CDG du Nord"),
                                            new AddBodyMemberCommand(COOPERATION_ID, COPIL, DELEGATE, BodyRole.MEMBER)}) {
            assertThat((Object) serializer.deserialize(serializer.serialize(command, String.class))).isEqualTo(command);
        }
    }

    /** The cooperation as Axon sources it from these events, through its event-sourcing handlers and those of its parts. */
    private static Cooperation sourcedFrom(List<Object> events) {
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>("Cooperation", COOPERATION_ID, messages.size(), event));
        }
        EventSourcedAggregate<Cooperation> aggregate = EventSourcedAggregate.initialize(
                new Cooperation(), AnnotatedAggregateMetaModelFactory.inspectAggregate(Cooperation.class), null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(messages.toArray(GenericDomainEventMessage[]::new)));
        return aggregate.getAggregateRoot();
    }
}
