package fr.entente.web.security.support;

import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.query.FindMembershipQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.audit.Actor;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.RunningHub;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** A cooperation with a centre and people registered in it, as the hub itself makes them, on a hub of a test's own. */
public final class Directory {

    public static final String COOPERATION = "hauts-de-france";

    private Directory() {
    }

    /** Registers each person as {@code person-<name>} of CDG 59, and waits until the memberships show them. */
    public static void cooperationWithPeople(RunningHub hub, String... names) {
        system(hub, new CreateCooperationCommand(COOPERATION, "Coopération des Hauts-de-France", "Hauts-de-France"));
        system(hub, new AddMemberCentreCommand(COOPERATION, "59", "CDG du Nord"));
        for (String name : names) {
            system(hub, new RegisterPersonCommand(COOPERATION, "person-" + name, "cdg-59"));
        }
        for (String name : names) {
            ApiWorld.eventually(() -> hub.bean(QueryGateway.class)
                    .query(new FindMembershipQuery(COOPERATION, "person-" + name),
                           ResponseTypes.optionalInstanceOf(MembershipView.class)).join());
        }
    }

    public static void system(RunningHub hub, Object command) {
        hub.bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                                        .andMetaData(Actor.system(COOPERATION).toMetaData()));
    }
}
