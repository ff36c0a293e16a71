package fr.entente.cooperation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.entente.common.Required;
import fr.entente.common.api.ActorMetaData;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyReceipt;
import fr.entente.cooperation.api.CentreReceipt;
import fr.entente.cooperation.api.PartnerReceipt;
import fr.entente.cooperation.api.RegistrationReceipt;
import fr.entente.cooperation.api.SeatReceipt;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.AddPartnerOrganisationCommand;
import fr.entente.cooperation.api.AppointAdministratorCommand;
import fr.entente.cooperation.api.ChangeBodyMemberRoleCommand;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.DesignateCoordinatingCentreCommand;
import fr.entente.cooperation.api.DrawReportingLineCommand;
import fr.entente.cooperation.api.EraseReportingLineCommand;
import fr.entente.cooperation.api.SetPresidencyRotationCommand;
import fr.entente.cooperation.api.NamePartnerToBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.api.RemoveBodyMemberCommand;
import fr.entente.cooperation.api.ErasePersonCommand;
import fr.entente.cooperation.api.RemovePersonCommand;
import fr.entente.cooperation.api.RevokeAdministratorCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import static fr.entente.cooperation.api.CooperationRefusal.COOPERATION_ID_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.COOPERATION_NAME_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.REGION_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusedException.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The directory of a region's cooperation: its organisations (member centres, coordinating
 * centre, partners), its people and administrators, its bodies and their members. One consistency
 * boundary, because its rules span them all (a partner's person sits only in a body the partner is
 * named to); it stays small.
 * <p>
 * Each command handler first checks who acts (the {@code actorId} of the command's metadata: an
 * administrator, or the system; see {@link Authorisation}), then lets the part concerned check the
 * command and say what to apply; the parts' event-sourcing handlers assign their state. A handler
 * that creates something returns the event, so that the sender can answer with what was created.
 * <p>
 * Its fields are its snapshot: Jackson writes and reads them directly (no getters), hence the
 * no-arg constructors and the plain, non-final fields.
 */
@Aggregate(snapshotTriggerDefinition = "cooperationSnapshotTrigger")
public class Cooperation {

    @AggregateIdentifier
    private String cooperationId;
    private String name;
    private String region;
    /** Unwrapped, so that "memberCentres" stays at the top of the snapshot, where the first snapshots have it. */
    @AggregateMember
    @JsonUnwrapped
    private Organisations organisations = new Organisations();
    @AggregateMember
    private People people = new People();
    @AggregateMember
    private Bodies bodies = new Bodies();

    protected Cooperation() {
        // for Axon and the snapshot mapper
    }

    @CommandHandler
    public Cooperation(CreateCooperationCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.systemOnly(actorId);
        Required.id(command.cooperationId(), () -> refused(COOPERATION_ID_REQUIRED));
        String name = Required.text(command.name(), () -> refused(COOPERATION_NAME_REQUIRED));
        String region = Required.text(command.region(), () -> refused(REGION_REQUIRED));
        apply(new CooperationCreatedEvent(command.cooperationId(), name, region));
    }

    @CommandHandler
    public CentreReceipt handle(AddMemberCentreCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        return CentreReceipt.from(applied(organisations.centreToAdd(cooperationId, command)));
    }

    @CommandHandler
    public PartnerReceipt handle(AddPartnerOrganisationCommand command,
                                                @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        return PartnerReceipt.from(applied(organisations.partnerToAdd(cooperationId, command)));
    }

    @CommandHandler
    public void handle(DesignateCoordinatingCentreCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        organisations.coordinatorToDesignate(cooperationId, command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public RegistrationReceipt handle(RegisterPersonCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        return RegistrationReceipt.from(applied(people.personToRegister(cooperationId, command, organisations)));
    }

    @CommandHandler
    public void handle(RemovePersonCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        people.removal(cooperationId, command, bodies).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(ErasePersonCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        people.erasure(cooperationId, command, bodies).forEach(AggregateLifecycle::apply);
    }

    /** Only the system appoints while the cooperation has no administrator: that is how a cooperation is bootstrapped. */
    @CommandHandler
    public void handle(AppointAdministratorCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        people.administratorToAppoint(cooperationId, command, organisations).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(RevokeAdministratorCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        people.administratorToRevoke(cooperationId, command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public BodyReceipt handle(CreateBodyCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        return BodyReceipt.from(applied(bodies.bodyToCreate(cooperationId, command)));
    }

    @CommandHandler
    public void handle(NamePartnerToBodyCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        bodies.partnerToName(cooperationId, command, organisations).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public SeatReceipt handle(AddBodyMemberCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        return SeatReceipt.from(applied(bodies.memberToAdd(cooperationId, command, people, organisations)));
    }

    @CommandHandler
    public void handle(ChangeBodyMemberRoleCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        bodies.roleToChange(cooperationId, command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(RemoveBodyMemberCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        apply(bodies.memberToRemove(cooperationId, command));
    }

    @CommandHandler
    public void handle(DrawReportingLineCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        bodies.reportingLineToDraw(cooperationId, command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(EraseReportingLineCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        apply(bodies.reportingLineToErase(cooperationId, command));
    }

    @CommandHandler
    public void handle(SetPresidencyRotationCommand command, @MetaDataValue(ActorMetaData.ACTOR_ID) String actorId) {
        Authorisation.administratorsOnly(actorId, people);
        organisations.presidencyRotationToSet(cooperationId, command).ifPresent(AggregateLifecycle::apply);
    }

    /** Applies the event and gives it back to the sender, which answers with what was created. */
    private static <E> E applied(E event) {
        apply(event);
        return event;
    }

    @EventSourcingHandler
    void on(CooperationCreatedEvent event) {
        cooperationId = event.cooperationId();
        name = event.name();
        region = event.region();
    }
}
