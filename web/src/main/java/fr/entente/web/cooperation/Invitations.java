package fr.entente.web.cooperation;

import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.cooperation.api.RegistrationReceipt;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.security.AccountsProperties;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.infra.security.InvitationTokens;
import fr.entente.infra.security.IssuedInvitation;
import fr.entente.infra.security.PersonAccount;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.application.PersonCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Invites a person into a cooperation: an account that cannot sign in yet (name and e-mail stay outside the log),
 * then the person's registration by command under a new identifier, then the one-time link, e-mailed or handed to
 * the administrator. If the registration is refused, the account is deleted: nothing is kept.
 * <p>
 * A username or e-mail address that an account of the hub holds already (in whatever cooperation) is answered the
 * same way, so that no administrator learns which addresses have accounts: nothing is created, and the holder of the
 * account is told by e-mail that someone tried to invite them. (Without an SMTP server, the link handed back opens
 * nothing, and the person does not appear in the cooperation: an administrator who looks can tell, which is why
 * production sets {@code spring.mail.host}.)
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
        Optional<PersonAccount> holder = accounts.holderOf(username, request.email());
        if (holder.isPresent()) {
            return alreadyHasAnAccount(cooperationId, request, personId, username, holder.get(), baseUrl);
        }
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
        boolean emailed = mailer.send(account.email(), account.displayName(), account.username(), link, invitation.expiresAt());
        if (!emailed) {
            log.info("No e-mail sent for the invitation of person {}: its link is handed to administrator {}",
                     personId, administrator.personId());
        }
        return new PeopleResults.InvitationCreated(personId, cooperationId, registered.organisationId(),
                account.username(), account.displayName(), account.email(), invitation.expiresAt(), emailed,
                emailed ? null : link);
    }

    /**
     * The answer an invitation of a new person gets, for one whose username or e-mail address has an account: the
     * organisation checked as the registration would check it, a mail to the holder instead of an account.
     */
    private PeopleResults.InvitationCreated alreadyHasAnAccount(String cooperationId, PeopleRequests.NewInvitation request,
                                                               String personId, String username, PersonAccount holder,
                                                               String baseUrl) {
        CooperationView cooperation = access.findCooperation(cooperationId).orElseThrow(NotVisibleException::cooperation);
        String organisationId = organisationOf(cooperation, request.organisationId());
        boolean emailed = mailer.sendAlreadyHasAnAccount(holder.email(), holder.displayName(), holder.username(),
                                                         cooperation.name());
        log.info("An invitation in cooperation {} named an existing account: its holder {} informed by e-mail",
                 cooperationId, emailed ? "was" : "could not be");
        return new PeopleResults.InvitationCreated(personId, cooperationId, organisationId,
                username.strip().toLowerCase(Locale.ROOT), request.displayName().strip(),
                request.email().strip().toLowerCase(Locale.ROOT), Instant.now().plus(properties.invitationValidity()),
                emailed, emailed ? null : baseUrl + "/invitation/" + InvitationTokens.newToken());
    }

    /** The organisation as the cooperation's registration checks it: one of its centres or partners, or refused alike. */
    private static String organisationOf(CooperationView cooperation, String organisationId) {
        String id = organisationId == null ? "" : organisationId.strip().toLowerCase(Locale.ROOT);
        boolean known = cooperation.memberCentres().stream().anyMatch(centre -> centre.organisationId().equals(id))
                        || cooperation.partners().stream().anyMatch(partner -> partner.organisationId().equals(id));
        if (!known) {
            throw CooperationRefusedException.refused(CooperationRefusal.ORGANISATION_UNKNOWN, id);
        }
        return id;
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
