package fr.entente.cooperation;

import fr.entente.common.Required;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyCreatedEvent;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyMemberAddedEvent;
import fr.entente.cooperation.api.BodyMemberRemovedEvent;
import fr.entente.cooperation.api.BodyMemberRoleChangedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.ChangeBodyMemberRoleCommand;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.NamePartnerToBodyCommand;
import fr.entente.cooperation.api.PartnerNamedToBodyEvent;
import fr.entente.cooperation.api.RemoveBodyMemberCommand;
import fr.entente.cooperation.api.DrawReportingLineCommand;
import fr.entente.cooperation.api.EraseReportingLineCommand;
import fr.entente.cooperation.api.ReportingLineDrawnEvent;
import fr.entente.cooperation.api.ReportingLineErasedEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static fr.entente.cooperation.api.CooperationRefusal.ALREADY_BODY_MEMBER;
import static fr.entente.cooperation.api.CooperationRefusal.BODY_ID_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.BODY_ID_TAKEN;
import static fr.entente.cooperation.api.CooperationRefusal.BODY_KIND_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.BODY_MEMBER_UNKNOWN;
import static fr.entente.cooperation.api.CooperationRefusal.BODY_NAME_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.BODY_ROLE_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.BODY_UNKNOWN;
import static fr.entente.cooperation.api.CooperationRefusal.PARTNER_NOT_NAMED_TO_BODY;
import static fr.entente.cooperation.api.CooperationRefusal.PERSON_ID_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.REPORTING_CYCLE;
import static fr.entente.cooperation.api.CooperationRefusal.REPORTING_LINE_UNKNOWN;
import static fr.entente.cooperation.api.CooperationRefusal.REPORTS_TO_ITSELF;
import static fr.entente.cooperation.api.CooperationRefusal.REPORTS_TO_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusedException.refused;

/**
 * The bodies of a cooperation (steering committee, technical committee, working groups…), the
 * partners named to each, who sits in each with which role, and which body reports to which.
 * <p>
 * Command-side checks return the event to apply; the event-sourcing handlers only assign.
 */
class Bodies {

    /** The bodies by identifier, in the order they were created. */
    private Map<String, Body> bodies = new LinkedHashMap<>();

    BodyCreatedEvent bodyToCreate(String cooperationId, CreateBodyCommand command) {
        String bodyId = Required.id(command.bodyId(), () -> refused(BODY_ID_REQUIRED));
        BodyKind kind = Required.value(command.kind(), () -> refused(BODY_KIND_REQUIRED));
        String name = command.name() == null || command.name().isBlank() ? null : command.name().strip();
        if (kind == BodyKind.OTHER && name == null) {
            throw refused(BODY_NAME_REQUIRED);
        }
        if (bodies.containsKey(bodyId)) {
            throw refused(BODY_ID_TAKEN, bodyId);
        }
        return new BodyCreatedEvent(cooperationId, bodyId, kind, name);
    }

    /** Nothing to apply when the partner is named to the body already. */
    Optional<PartnerNamedToBodyEvent> partnerToName(String cooperationId, NamePartnerToBodyCommand command,
                                                    Organisations organisations) {
        Body body = existing(command.bodyId());
        String partnerId = organisations.existingPartner(command.organisationId());
        return body.names(partnerId)
                ? Optional.empty()
                : Optional.of(new PartnerNamedToBodyEvent(cooperationId, command.bodyId(), partnerId));
    }

    BodyMemberAddedEvent memberToAdd(String cooperationId, AddBodyMemberCommand command,
                                     People people, Organisations organisations) {
        Body body = existing(command.bodyId());
        String personId = people.registered(command.personId());
        BodyRole role = Required.value(command.role(), () -> refused(BODY_ROLE_REQUIRED));
        String organisationId = people.organisationOf(personId);
        if (organisations.isPartner(organisationId) && !body.names(organisationId)) {
            throw refused(PARTNER_NOT_NAMED_TO_BODY, organisationId);
        }
        if (body.seats(personId)) {
            throw refused(ALREADY_BODY_MEMBER, body.roleOf(personId));
        }
        return new BodyMemberAddedEvent(cooperationId, command.bodyId(), personId, organisationId, role);
    }

    /** Nothing to apply when the member has that role already. */
    Optional<BodyMemberRoleChangedEvent> roleToChange(String cooperationId, ChangeBodyMemberRoleCommand command) {
        Body body = existing(command.bodyId());
        String personId = seated(body, command.personId());
        BodyRole role = Required.value(command.role(), () -> refused(BODY_ROLE_REQUIRED));
        return body.roleOf(personId) == role
                ? Optional.empty()
                : Optional.of(new BodyMemberRoleChangedEvent(cooperationId, command.bodyId(), personId, role));
    }

    BodyMemberRemovedEvent memberToRemove(String cooperationId, RemoveBodyMemberCommand command) {
        Body body = existing(command.bodyId());
        return new BodyMemberRemovedEvent(cooperationId, command.bodyId(), seated(body, command.personId()));
    }

    /**
     * Nothing to apply when the line is drawn already. Lines go one way: a body that the other reports to, directly
     * or through others, cannot report to it.
     */
    Optional<ReportingLineDrawnEvent> reportingLineToDraw(String cooperationId, DrawReportingLineCommand command) {
        Body body = existing(command.bodyId());
        String reportsTo = Required.id(command.reportsToBodyId(), () -> refused(REPORTS_TO_REQUIRED));
        existing(reportsTo);
        if (reportsTo.equals(command.bodyId())) {
            throw refused(REPORTS_TO_ITSELF, reportsTo);
        }
        if (reachable(reportsTo, command.bodyId())) {
            throw refused(REPORTING_CYCLE, command.bodyId(), reportsTo);
        }
        return body.reportsTo(reportsTo)
                ? Optional.empty()
                : Optional.of(new ReportingLineDrawnEvent(cooperationId, command.bodyId(), reportsTo));
    }

    ReportingLineErasedEvent reportingLineToErase(String cooperationId, EraseReportingLineCommand command) {
        Body body = existing(command.bodyId());
        String reportsTo = Required.id(command.reportsToBodyId(), () -> refused(REPORTS_TO_REQUIRED));
        if (!body.reportsTo(reportsTo)) {
            throw refused(REPORTING_LINE_UNKNOWN, command.bodyId(), reportsTo);
        }
        return new ReportingLineErasedEvent(cooperationId, command.bodyId(), reportsTo);
    }

    /** Whether {@code to} can be reached from {@code from} by following reporting lines. */
    private boolean reachable(String from, String to) {
        Deque<String> next = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>();
        while (!next.isEmpty()) {
            String bodyId = next.pop();
            if (bodyId.equals(to)) {
                return true;
            }
            if (seen.add(bodyId)) {
                next.addAll(bodies.get(bodyId).reportingLines());
            }
        }
        return false;
    }

    /** A removal from every body the person sits in, in the order the bodies were created. */
    List<BodyMemberRemovedEvent> seatsToVacate(String cooperationId, String personId) {
        return bodies.entrySet().stream()
                     .filter(body -> body.getValue().seats(personId))
                     .map(body -> new BodyMemberRemovedEvent(cooperationId, body.getKey(), personId))
                     .toList();
    }

    private Body existing(String bodyId) {
        Body body = bodies.get(Required.id(bodyId, () -> refused(BODY_ID_REQUIRED)));
        if (body == null) {
            throw refused(BODY_UNKNOWN, bodyId);
        }
        return body;
    }

    private static String seated(Body body, String personId) {
        String id = Required.id(personId, () -> refused(PERSON_ID_REQUIRED));
        if (!body.seats(id)) {
            throw refused(BODY_MEMBER_UNKNOWN, id);
        }
        return id;
    }

    @EventSourcingHandler
    void on(BodyCreatedEvent event) {
        bodies.put(event.bodyId(), new Body(event.kind(), event.name()));
    }

    @EventSourcingHandler
    void on(PartnerNamedToBodyEvent event) {
        bodies.get(event.bodyId()).name(event.organisationId());
    }

    @EventSourcingHandler
    void on(BodyMemberAddedEvent event) {
        bodies.get(event.bodyId()).seat(event.personId(), event.role());
    }

    @EventSourcingHandler
    void on(BodyMemberRoleChangedEvent event) {
        bodies.get(event.bodyId()).seat(event.personId(), event.role());
    }

    @EventSourcingHandler
    void on(BodyMemberRemovedEvent event) {
        bodies.get(event.bodyId()).unseat(event.personId());
    }

    @EventSourcingHandler
    void on(ReportingLineDrawnEvent event) {
        bodies.get(event.bodyId()).reportTo(event.reportsToBodyId());
    }

    @EventSourcingHandler
    void on(ReportingLineErasedEvent event) {
        bodies.get(event.bodyId()).stopReportingTo(event.reportsToBodyId());
    }
}
