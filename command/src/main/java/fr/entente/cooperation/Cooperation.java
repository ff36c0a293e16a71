package fr.entente.cooperation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.AddPartnerOrganisationCommand;
import fr.entente.cooperation.api.AppointAdministratorCommand;
import fr.entente.cooperation.api.ChangeBodyMemberRoleCommand;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.DesignateCoordinatingCentreCommand;
import fr.entente.cooperation.api.NamePartnerToBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.api.RemoveBodyMemberCommand;
import fr.entente.cooperation.api.RemovePersonCommand;
import fr.entente.cooperation.api.RequiredFieldMissingException;
import fr.entente.cooperation.api.RevokeAdministratorCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The directory of a region's cooperation: its organisations (member centres, coordinating
 * centre, partners), its people and administrators, its bodies and their members. One consistency
 * boundary, because its rules span them all (a partner's person sits only in a body the partner is
 * named to); it stays small.
 * <p>
 * Each command handler lets the part concerned check the command and say what to apply; the
 * parts' event-sourcing handlers assign their state.
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
    public Cooperation(CreateCooperationCommand command) {
        Required.id(command.cooperationId(), RequiredFieldMissingException::cooperationId);
        String name = Required.text(command.name(), RequiredFieldMissingException::cooperationName);
        String region = Required.text(command.region(), RequiredFieldMissingException::region);
        apply(new CooperationCreatedEvent(command.cooperationId(), name, region));
    }

    @CommandHandler
    public void handle(AddMemberCentreCommand command) {
        apply(organisations.centreToAdd(cooperationId, command));
    }

    @CommandHandler
    public void handle(AddPartnerOrganisationCommand command) {
        apply(organisations.partnerToAdd(cooperationId, command));
    }

    @CommandHandler
    public void handle(DesignateCoordinatingCentreCommand command) {
        organisations.coordinatorToDesignate(cooperationId, command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(RegisterPersonCommand command) {
        apply(people.personToRegister(cooperationId, command, organisations));
    }

    @CommandHandler
    public void handle(RemovePersonCommand command) {
        people.removal(cooperationId, command, bodies).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(AppointAdministratorCommand command) {
        people.administratorToAppoint(cooperationId, command, organisations).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(RevokeAdministratorCommand command) {
        people.administratorToRevoke(cooperationId, command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(CreateBodyCommand command) {
        apply(bodies.bodyToCreate(cooperationId, command));
    }

    @CommandHandler
    public void handle(NamePartnerToBodyCommand command) {
        bodies.partnerToName(cooperationId, command, organisations).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(AddBodyMemberCommand command) {
        apply(bodies.memberToAdd(cooperationId, command, people, organisations));
    }

    @CommandHandler
    public void handle(ChangeBodyMemberRoleCommand command) {
        bodies.roleToChange(cooperationId, command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(RemoveBodyMemberCommand command) {
        apply(bodies.memberToRemove(cooperationId, command));
    }

    @EventSourcingHandler
    void on(CooperationCreatedEvent event) {
        cooperationId = event.cooperationId();
        name = event.name();
        region = event.region();
    }
}
