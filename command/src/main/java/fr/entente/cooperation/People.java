package fr.entente.cooperation;

import fr.entente.common.Required;
import fr.entente.cooperation.api.AdministratorAppointedEvent;
import fr.entente.cooperation.api.AdministratorRevokedEvent;
import fr.entente.cooperation.api.AppointAdministratorCommand;
import fr.entente.cooperation.api.PersonRegisteredEvent;
import fr.entente.cooperation.api.ErasePersonCommand;
import fr.entente.cooperation.api.PersonErasedEvent;
import fr.entente.cooperation.api.PersonRemovedEvent;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.api.RemovePersonCommand;
import fr.entente.cooperation.api.RevokeAdministratorCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.entente.cooperation.api.CooperationRefusal.LAST_ADMINISTRATOR;
import static fr.entente.cooperation.api.CooperationRefusal.PARTNER_CANNOT_ADMINISTER;
import static fr.entente.cooperation.api.CooperationRefusal.PERSON_ALREADY_REGISTERED;
import static fr.entente.cooperation.api.CooperationRefusal.PERSON_ID_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.PERSON_ALREADY_ERASED;
import static fr.entente.cooperation.api.CooperationRefusal.PERSON_ID_RETIRED;
import static fr.entente.cooperation.api.CooperationRefusal.PERSON_UNKNOWN;
import static fr.entente.cooperation.api.CooperationRefusedException.refused;

/**
 * The people of a cooperation, by identifier only (names and e-mails live outside the log), their
 * organisation, and who administers the cooperation.
 * <p>
 * Command-side checks return the events to apply; the event-sourcing handlers only assign. Sets
 * are declared {@code LinkedHashSet}: the snapshot mapper would restore a {@code Set} as a
 * {@code HashSet}, out of order.
 */
class People {

    /** Each registered person's organisation, by person id, in the order they registered. */
    private Map<String, String> organisations = new LinkedHashMap<>();
    /** The identifiers of removed people: never given to anyone else, so that the log keeps meaning one person. */
    private LinkedHashSet<String> removed = new LinkedHashSet<>();
    /** The removed people whose personal data was erased. */
    private LinkedHashSet<String> erased = new LinkedHashSet<>();
    /** Who administers the cooperation; once someone does, someone always does. */
    private LinkedHashSet<String> administrators = new LinkedHashSet<>();

    PersonRegisteredEvent personToRegister(String cooperationId, RegisterPersonCommand command,
                                           Organisations cooperationOrganisations) {
        String personId = Required.id(command.personId(), () -> refused(PERSON_ID_REQUIRED));
        String organisationId = cooperationOrganisations.existing(command.organisationId());
        if (organisations.containsKey(personId)) {
            throw refused(PERSON_ALREADY_REGISTERED, organisations.get(personId));
        }
        if (removed.contains(personId)) {
            throw refused(PERSON_ID_RETIRED);
        }
        return new PersonRegisteredEvent(cooperationId, personId, organisationId);
    }

    /** The events of a removal, all checked before any is applied: out of every body, of the administration, then of the cooperation. */
    List<Object> removal(String cooperationId, RemovePersonCommand command, Bodies bodies) {
        String personId = registered(command.personId());
        List<Object> events = new ArrayList<>(bodies.seatsToVacate(cooperationId, personId));
        administrationToRevoke(cooperationId, personId).ifPresent(events::add);
        events.add(new PersonRemovedEvent(cooperationId, personId));
        return events;
    }

    /**
     * The events of an erasure: a person still registered is removed first (out of every body and the administration);
     * a removed person is erased once.
     */
    List<Object> erasure(String cooperationId, ErasePersonCommand command, Bodies bodies) {
        String personId = Required.id(command.personId(), () -> refused(PERSON_ID_REQUIRED));
        if (erased.contains(personId)) {
            throw refused(PERSON_ALREADY_ERASED);
        }
        List<Object> events = new ArrayList<>();
        if (organisations.containsKey(personId)) {
            events.addAll(removal(cooperationId, new RemovePersonCommand(cooperationId, personId), bodies));
        } else if (!removed.contains(personId)) {
            throw refused(PERSON_UNKNOWN, personId);
        }
        events.add(new PersonErasedEvent(cooperationId, personId));
        return events;
    }

    /** Nothing to apply when the person administers already. */
    Optional<AdministratorAppointedEvent> administratorToAppoint(String cooperationId, AppointAdministratorCommand command,
                                                                 Organisations cooperationOrganisations) {
        String personId = registered(command.personId());
        String organisationId = organisations.get(personId);
        if (cooperationOrganisations.isPartner(organisationId)) {
            throw refused(PARTNER_CANNOT_ADMINISTER, organisationId);
        }
        return administrators.contains(personId)
                ? Optional.empty()
                : Optional.of(new AdministratorAppointedEvent(cooperationId, personId));
    }

    /** Nothing to apply when the person does not administer. */
    Optional<AdministratorRevokedEvent> administratorToRevoke(String cooperationId, RevokeAdministratorCommand command) {
        return administrationToRevoke(cooperationId, registered(command.personId()));
    }

    /** The identifier of a person registered in the cooperation, or the exception saying they are not. */
    String registered(String personId) {
        String id = Required.id(personId, () -> refused(PERSON_ID_REQUIRED));
        if (!organisations.containsKey(id)) {
            throw refused(PERSON_UNKNOWN, id);
        }
        return id;
    }

    boolean administers(String personId) {
        return administrators.contains(personId);
    }

    String organisationOf(String registeredPersonId) {
        return organisations.get(registeredPersonId);
    }

    private Optional<AdministratorRevokedEvent> administrationToRevoke(String cooperationId, String personId) {
        if (!administrators.contains(personId)) {
            return Optional.empty();
        }
        if (administrators.size() == 1) {
            throw refused(LAST_ADMINISTRATOR);
        }
        return Optional.of(new AdministratorRevokedEvent(cooperationId, personId));
    }

    @EventSourcingHandler
    void on(PersonRegisteredEvent event) {
        organisations.put(event.personId(), event.organisationId());
    }

    @EventSourcingHandler
    void on(PersonRemovedEvent event) {
        organisations.remove(event.personId());
        removed.add(event.personId());
    }

    @EventSourcingHandler
    void on(PersonErasedEvent event) {
        erased.add(event.personId());
    }

    @EventSourcingHandler
    void on(AdministratorAppointedEvent event) {
        administrators.add(event.personId());
    }

    @EventSourcingHandler
    void on(AdministratorRevokedEvent event) {
        administrators.remove(event.personId());
    }
}
