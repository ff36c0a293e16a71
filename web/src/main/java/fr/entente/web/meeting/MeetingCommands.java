package fr.entente.web.meeting;

import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.MeetingRefusedException;
import fr.entente.web.application.PersonCommands;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Sends a meeting command as the signed-in person ({@link PersonCommands}: the actor of their membership of the
 * cooperation, 404 if they have none), and says of a meeting that does not exist, or of an identifier that is
 * another aggregate's (a series, a cooperation), exactly what the aggregate says of a meeting the person may not
 * see: {@link MeetingRefusal#NOT_FOUND}. A creation under an identifier the log holds already is a conflict the
 * person can act on ({@code meeting.already-exists}), not a concurrent change.
 */
@Component
class MeetingCommands {

    private final PersonCommands commands;
    private final EventStore events;

    MeetingCommands(PersonCommands commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /** The command handler's result (the event of what it did, for those that return it), or {@code null}. */
    <R> R send(String cooperationId, Object command) {
        try {
            return commands.send(cooperationId, command);
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            // no stream, or the stream of something else (a series, a cooperation…): no such meeting
            throw MeetingRefusedException.refused(MeetingRefusal.NOT_FOUND);
        } catch (AggregateStreamCreationException taken) {
            // only a creation meets it: a meeting, a series or a series' meeting of this id is in the log already
            throw MeetingRefusedException.refused(MeetingRefusal.ALREADY_EXISTS);
        }
    }

    /**
     * The first event of a meeting's or series' stream, once its creation is in the log: what it was created as
     * (read from the log itself, never from a snapshot).
     */
    <E> E created(String aggregateId, Class<E> type) {
        return events.readEvents(aggregateId, 0).asStream().findFirst().map(Message::getPayload).map(type::cast)
                     .orElseThrow(() -> MeetingRefusedException.refused(MeetingRefusal.NOT_FOUND));
    }

    /** The client's identifier, or one the hub chooses. */
    static String idOr(String given) {
        return given != null ? given : newId();
    }

    /** An identifier the hub chooses, for a meeting or a series: one no client can aim at another cooperation's. */
    static String newId() {
        return UUID.randomUUID().toString();
    }
}
