package fr.entente.web.cooperation;

import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.cooperation.api.RegistrationReceipt;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.security.AccountsProperties;
import fr.entente.infra.security.IssuedInvitation;
import fr.entente.infra.security.PersonAccount;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.application.PersonCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * Invites a person into a cooperation: an account that cannot sign in yet (name and e-mail stay outside the log),
 * then the person's registration by command under a new identifier, then the one-time link, e-mailed or handed to
 * the administrator. If the registration is refused, the account is deleted: nothing is kept.
 */
@Service
public class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final CooperationAccess access;
    private final PersonCommands commands;
    private final PersonAccounts accounts;
    private final InvitationMailer mailer;
    private final AccountsProperties properties;

    Invitations(CooperationAccess access, PersonCommands commands, PersonAccounts accounts, InvitationMailer mailer,
                AccountsProperties properties) {
        this.access = access;
        this.commands = commands;
        this.accounts = accounts;
        this.mailer = mailer;
        this.properties = properties;
    }

    public PeopleResults.InvitationCreated invite(String cooperationId, PeopleRequests.NewInvitation request,
                                                    String baseUrl) {
        MembershipView membership = access.membershipIn(cooperationId);
        if (!membership.administrator()) {
            // checked before any account is touched, so that a member learns nothing of which e-mails have accounts
            throw CooperationRefusedException.refused(CooperationRefusal.ADMINISTRATOR_REQUIRED);
        }
        Actor administrator = new Actor(membership.personId(), membership.organisationId(), cooperationId);
        String personId = UUID.randomUUID().toString();
        String username = request.username() == null || request.username().isBlank() ? request.email() : request.username();
        IssuedInvitation invitation = accounts.invite(personId, username, request.displayName(), request.email(),
                                                      administrator.personId(), properties.invitationValidity());
        RegistrationReceipt registered;
        try {
            registered = commands.sendAs(administrator,
                                         new RegisterPersonCommand(cooperationId, personId, request.organisationId()));
        } catch (RuntimeException refused) {
            accounts.delete(personId);
            throw refused;
        }
        String link = baseUrl + "/invitation/" + invitation.token();
        PersonAccount account = invitation.account();
        boolean emailed = mailer.send(account.email(), account.displayName(), link, invitation.expiresAt());
        if (!emailed) {
            log.info("No e-mail sent for the invitation of person {}: its link is handed to administrator {}",
                     personId, administrator.personId());
        }
        return new PeopleResults.InvitationCreated(personId, cooperationId, registered.organisationId(),
                account.username(), account.displayName(), account.email(), invitation.expiresAt(), emailed,
                emailed ? null : link);
    }

    /** Sets the invited person's password; the link is then used up. */
    public PeopleResults.AccountActivated accept(String token, String password) {
        return accounts.acceptInvitation(token, password)
                       .map(account -> new PeopleResults.AccountActivated(account.personId(), account.username()))
                       .orElseThrow(NotVisibleException::invitation);
    }

    /** The account a still valid invitation is for. */
    public PersonAccount invitationOf(String token) {
        return accounts.invitationOf(token).orElseThrow(NotVisibleException::invitation);
    }
}
