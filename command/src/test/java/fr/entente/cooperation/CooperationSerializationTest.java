package fr.entente.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events and snapshots are stored as Jackson JSON. The snapshot mapper reads and writes fields
 * (getters are ignored), as {@code infra} configures it.
 */
class CooperationSerializationTest {

    private static final String COOPERATION_ID = "0b6f5f8e-hdf";
    private static final CooperationCreatedEvent CREATED =
            new CooperationCreatedEvent(COOPERATION_ID, "Coopération des CDG des Hauts-de-France", "Hauts-de-France");
    private static final MemberCentreAddedEvent CORSE_DU_SUD_ADDED =
            new MemberCentreAddedEvent(COOPERATION_ID, "2A", "CDG de Corse-du-Sud");

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper()
                    .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .setVisibility(PropertyAccessor.FIELD, Visibility.ANY))
            .build();

    @Test
    void eventsAreJsonAtRevisionOne() {
        for (Object event : new Object[] {CREATED, CORSE_DU_SUD_ADDED}) {
            SerializedObject<String> json = serializer.serialize(event, String.class);

            assertThat(json.getType().getRevision()).isEqualTo("1");
            assertThat(json.getData()).contains("\"cooperationId\":\"" + COOPERATION_ID + "\"");
            assertThat((Object) serializer.deserialize(json)).isEqualTo(event);
        }
    }

    @Test
    void snapshotRestoresCooperationWithItsCentres() {
        Cooperation cooperation = new Cooperation();
        cooperation.on(CREATED);
        cooperation.on(CORSE_DU_SUD_ADDED);

        SerializedObject<String> snapshot = serializer.serialize(cooperation, String.class);
        Cooperation restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getData()).contains("\"memberCentres\":{\"2A\":\"CDG de Corse-du-Sud\"}");
        assertThat(restored).usingRecursiveComparison().isEqualTo(cooperation);
    }

    @Test
    void commandsRoundTripThroughJson() {
        for (Object command : new Object[] {new CreateCooperationCommand(COOPERATION_ID, "n", "r"),
                                            new AddMemberCentreCommand(COOPERATION_ID, "59", "CDG du Nord")}) {
            assertThat((Object) serializer.deserialize(serializer.serialize(command, String.class))).isEqualTo(command);
        }
    }
}
