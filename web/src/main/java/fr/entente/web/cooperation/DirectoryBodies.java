package fr.entente.web.cooperation;

import org.springframework.stereotype.Component;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyReceipt;
import fr.entente.cooperation.api.SeatReceipt;
import fr.entente.cooperation.api.ChangeBodyMemberRoleCommand;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.DrawReportingLineCommand;
import fr.entente.cooperation.api.EraseReportingLineCommand;
import fr.entente.cooperation.api.NamePartnerToBodyCommand;
import fr.entente.cooperation.api.RemoveBodyMemberCommand;
import fr.entente.web.application.PersonCommands;

import java.util.Locale;
import java.util.UUID;

/** The administrators' changes to a cooperation's bodies, for the API and the pages: creation, partners named, members and their roles, the bodies each reports to. */
@Component
public class DirectoryBodies {

    private final PersonCommands commands;

    public DirectoryBodies(PersonCommands commands) {
        this.commands = commands;
    }

    public DirectoryResults.BodyCreated createBody(String cooperationId,
                                                     DirectoryRequests.NewBody request) {
        String bodyId = request.bodyId() != null ? request.bodyId() : "body-" + UUID.randomUUID();
        BodyReceipt created = commands.send(cooperationId,
                new CreateBodyCommand(cooperationId, bodyId, request.kind(), request.name()));
        return new DirectoryResults.BodyCreated(created.bodyId(), created.kind(), created.name());
    }

    public DirectoryResults.PartnerNamed namePartner(String cooperationId, String bodyId,
                                                       DirectoryRequests.PartnerNaming request) {
        commands.send(cooperationId, new NamePartnerToBodyCommand(cooperationId, bodyId, request.organisationId()));
        return new DirectoryResults.PartnerNamed(bodyId, request.organisationId().strip().toLowerCase(Locale.ROOT));
    }

    public DirectoryResults.BodyMember addMember(String cooperationId, String bodyId,
                                                   DirectoryRequests.NewBodyMember request) {
        SeatReceipt added = commands.send(cooperationId,
                new AddBodyMemberCommand(cooperationId, bodyId, request.personId(), request.role()));
        return new DirectoryResults.BodyMember(added.bodyId(), added.personId(), added.organisationId(), added.role());
    }

    public DirectoryResults.MemberRole changeRole(String cooperationId, String bodyId,
                                                    String personId,
                                                    DirectoryRequests.RoleChange request) {
        commands.send(cooperationId, new ChangeBodyMemberRoleCommand(cooperationId, bodyId, personId, request.role()));
        return new DirectoryResults.MemberRole(bodyId, personId, request.role());
    }

    public DirectoryResults.ReportingLine drawReportingLine(String cooperationId, String bodyId,
                                                            DirectoryRequests.ReportingLine request) {
        commands.send(cooperationId, new DrawReportingLineCommand(cooperationId, bodyId, request.reportsToBodyId()));
        return new DirectoryResults.ReportingLine(bodyId, request.reportsToBodyId().strip());
    }

    public void eraseReportingLine(String cooperationId, String bodyId, String reportsToBodyId) {
        commands.send(cooperationId, new EraseReportingLineCommand(cooperationId, bodyId, reportsToBodyId));
    }

    public void removeMember(String cooperationId, String bodyId,
                             String personId) {
        commands.send(cooperationId, new RemoveBodyMemberCommand(cooperationId, bodyId, personId));
    }
}
