package fr.entente.cooperation;

import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.DepartmentCodeAlreadyUsedException;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import fr.entente.cooperation.api.RequiredFieldMissingException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The cooperation of a region's Centres de Gestion and its member centres.
 * <p>
 * Its fields are its snapshot: Jackson writes and reads them directly (no getters), hence the
 * no-arg constructor and the plain, non-final fields.
 */
@Aggregate(snapshotTriggerDefinition = "cooperationSnapshotTrigger")
public class Cooperation {

    @AggregateIdentifier
    private String cooperationId;
    private String name;
    private String region;
    /** Member centres' names by department code, in the order they joined. */
    private Map<String, String> memberCentres = new LinkedHashMap<>();

    protected Cooperation() {
        // for Axon and the snapshot mapper
    }

    @CommandHandler
    public Cooperation(CreateCooperationCommand command) {
        required(command.cooperationId(), RequiredFieldMissingException::cooperationId); // kept as given
        String name = required(command.name(), RequiredFieldMissingException::cooperationName);
        String region = required(command.region(), RequiredFieldMissingException::region);
        apply(new CooperationCreatedEvent(command.cooperationId(), name, region));
    }

    @CommandHandler
    public void handle(AddMemberCentreCommand command) {
        String departmentCode = DepartmentCodes.canonical(command.departmentCode());
        String centreName = required(command.name(), RequiredFieldMissingException::centreName);
        if (memberCentres.containsKey(departmentCode)) {
            throw new DepartmentCodeAlreadyUsedException(departmentCode, memberCentres.get(departmentCode));
        }
        apply(new MemberCentreAddedEvent(cooperationId, departmentCode, centreName));
    }

    @EventSourcingHandler
    void on(CooperationCreatedEvent event) {
        cooperationId = event.cooperationId();
        name = event.name();
        region = event.region();
    }

    @EventSourcingHandler
    void on(MemberCentreAddedEvent event) {
        memberCentres.put(event.departmentCode(), event.name());
    }

    /** The value without surrounding spaces, or the exception telling a person to fill it in. */
    private static String required(String value, Supplier<RuntimeException> whenBlank) {
        if (value == null || value.isBlank()) {
            throw whenBlank.get();
        }
        return value.strip();
    }
}
