package fr.entente.web.cooperation;

import org.springframework.stereotype.Component;
import fr.entente.cooperation.api.AppointAdministratorCommand;
import fr.entente.cooperation.api.RevokeAdministratorCommand;
import fr.entente.web.application.PersonCommands;

/** Who administers a cooperation, for the API and the pages: appointed and revoked by its administrators. */
@Component
public class DirectoryAdministrators {

    private final PersonCommands commands;

    public DirectoryAdministrators(PersonCommands commands) {
        this.commands = commands;
    }

    public DirectoryResults.Administrator appoint(String cooperationId,
                                                   DirectoryRequests.AdministratorAppointment request) {
        commands.send(cooperationId, new AppointAdministratorCommand(cooperationId, request.personId()));
        return new DirectoryResults.Administrator(request.personId(), true);
    }

    public void revoke(String cooperationId, String personId) {
        commands.send(cooperationId, new RevokeAdministratorCommand(cooperationId, personId));
    }
}
