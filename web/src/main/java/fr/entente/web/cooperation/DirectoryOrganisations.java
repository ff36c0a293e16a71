package fr.entente.web.cooperation;

import org.springframework.stereotype.Component;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.AddPartnerOrganisationCommand;
import fr.entente.cooperation.api.DesignateCoordinatingCentreCommand;
import fr.entente.cooperation.api.SetPresidencyRotationCommand;
import fr.entente.cooperation.api.CentreReceipt;
import fr.entente.cooperation.api.MemberCentres;
import fr.entente.cooperation.api.PartnerReceipt;
import fr.entente.web.application.PersonCommands;

import java.util.Locale;

/** The administrators' changes to a cooperation's organisations, for the API and the pages: member centres, partners, coordinating centre. */
@Component
public class DirectoryOrganisations {

    private final PersonCommands commands;

    public DirectoryOrganisations(PersonCommands commands) {
        this.commands = commands;
    }

    public DirectoryResults.CentreAdded addCentre(String cooperationId,
                                                    DirectoryRequests.NewCentre request) {
        CentreReceipt added = commands.send(cooperationId,
                new AddMemberCentreCommand(cooperationId, request.departmentCode(), request.name()));
        return new DirectoryResults.CentreAdded(added.departmentCode(), added.organisationId(), added.name());
    }

    public DirectoryResults.PartnerAdded addPartner(String cooperationId,
                                                      DirectoryRequests.NewPartner request) {
        PartnerReceipt added = commands.send(cooperationId,
                new AddPartnerOrganisationCommand(cooperationId, request.organisationId(), request.name()));
        return new DirectoryResults.PartnerAdded(added.organisationId(), added.name());
    }

    public DirectoryResults.Coordinator designateCoordinator(String cooperationId,
                                                               DirectoryRequests.CoordinatorChoice request) {
        commands.send(cooperationId, new DesignateCoordinatingCentreCommand(cooperationId, request.departmentCode()));
        String departmentCode = request.departmentCode().strip().toUpperCase(Locale.ROOT);
        return new DirectoryResults.Coordinator(departmentCode, MemberCentres.organisationIdOf(departmentCode));
    }

    public DirectoryResults.Presidency setPresidencyRotation(String cooperationId, DirectoryRequests.PresidencyRotation request) {
        commands.send(cooperationId, new SetPresidencyRotationCommand(cooperationId, request.firstYear(), request.departmentCodes()));
        return new DirectoryResults.Presidency(request.firstYear(), request.departmentCodes().stream()
                .map(code -> code.strip().toUpperCase(Locale.ROOT)).toList());
    }
}
