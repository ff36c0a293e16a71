package fr.entente.web.cooperation.pages;

import fr.entente.web.cooperation.DirectoryAdministrators;
import fr.entente.web.cooperation.CooperationPeople;
import fr.entente.web.cooperation.DirectoryRequests;
import fr.entente.web.cooperation.Invitations;
import fr.entente.web.config.PublicUrl;
import fr.entente.web.cooperation.PeopleRequests;
import fr.entente.web.cooperation.PeopleResults;
import jakarta.servlet.http.HttpServletResponse;
import fr.entente.web.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.ui.Model;
import fr.entente.web.pages.Confirmation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Map;

/** The administration page's forms on people: appoint or revoke an administrator, remove a person, invite one. */
@PageController
public class PeopleFormsController {

    private final AdministrationForms forms;
    private final DirectoryAdministrators administrators;
    private final CooperationPeople people;
    private final Invitations invitations;
    private final PublicUrl publicUrl;

    PeopleFormsController(AdministrationForms forms, DirectoryAdministrators administrators, CooperationPeople people,
                          Invitations invitations, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.forms = forms;
        this.administrators = administrators;
        this.people = people;
        this.invitations = invitations;
    }

    @PostMapping("/cooperations/{cooperationId}/administration/administrateurs")
    String appoint(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String personId, RedirectAttributes redirect, Locale locale) {
        DirectoryRequests.AdministratorAppointment request = new DirectoryRequests.AdministratorAppointment(personId);
        return forms.submit(cooperationId, "administrateur", Map.of("personId", personId), request, Map.of(), "personId", () -> {
            administrators.appoint(cooperationId, request);
            return forms.text(locale, "admin.appoint.done", forms.nameOf(personId));
        }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/administrateurs/retrait")
    String revoke(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String personId, RedirectAttributes redirect, Locale locale) {
        return forms.submit(cooperationId, "retrait-administrateur", Map.of("personId", personId), null, Map.of(), "personId", () -> {
            administrators.revoke(cooperationId, personId);
            return forms.text(locale, "admin.revoke.done", forms.nameOf(personId));
        }, redirect);
    }

    /** Removing a person cannot be undone: the page that asks first, for the cooperation's administrators. */
    @GetMapping("/cooperations/{cooperationId}/administration/personnes/retrait")
    String confirmRemoval(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String personId, Model model,
                          Locale locale) {
        forms.administratorOf(cooperationId);
        String page = "/cooperations/" + cooperationId + "/administration";
        return new Confirmation(forms.text(locale, "admin.removePerson.confirm.title", forms.nameOf(personId)),
                                List.of(forms.text(locale, "admin.removePerson.confirm.seats"),
                                        forms.text(locale, "admin.removePerson.confirm.access"),
                                        forms.text(locale, "admin.removePerson.confirm.log")),
                                page + "/personnes/retrait", Map.of("personId", personId),
                                forms.text(locale, "admin.removePerson.confirm.submit"), page).ask(model);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/personnes/retrait")
    String removePerson(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String personId,
                        @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed,
                        RedirectAttributes redirect, Locale locale) {
        if (!Confirmation.given(confirmed)) {
            return "redirect:/cooperations/" + cooperationId + "/administration/personnes/retrait?personId="
                   + URLEncoder.encode(personId, StandardCharsets.UTF_8);
        }
        return forms.submit(cooperationId, "retrait-personne", Map.of("personId", personId), null, Map.of(), "personId", () -> {
            String name = forms.nameOf(personId);
            people.remove(cooperationId, personId);
            return forms.text(locale, "admin.removePerson.done", name);
        }, redirect);
    }

    /** Erasing a person's personal data cannot be undone: the page that asks first. */
    @GetMapping("/cooperations/{cooperationId}/administration/personnes/effacement")
    String confirmErasure(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String personId, Model model,
                          Locale locale) {
        forms.administratorOf(cooperationId);
        String page = "/cooperations/" + cooperationId + "/administration";
        return new Confirmation(forms.text(locale, "admin.erasePerson.confirm.title", forms.nameOf(personId)),
                                List.of(forms.text(locale, "admin.erasePerson.confirm.removal"),
                                        forms.text(locale, "admin.erasePerson.confirm.data"),
                                        forms.text(locale, "admin.erasePerson.confirm.log")),
                                page + "/personnes/effacement", Map.of("personId", personId),
                                forms.text(locale, "admin.erasePerson.confirm.submit"), page).ask(model);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/personnes/effacement")
    String erasePerson(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String personId,
                       @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed,
                       RedirectAttributes redirect, Locale locale) {
        if (!Confirmation.given(confirmed)) {
            return "redirect:/cooperations/" + cooperationId + "/administration/personnes/effacement?personId="
                   + URLEncoder.encode(personId, StandardCharsets.UTF_8);
        }
        return forms.submit(cooperationId, "effacement-personne", Map.of("personId", personId), null, Map.of(), "personId", () -> {
            people.erase(cooperationId, personId);
            return forms.text(locale, "admin.erasePerson.done");
        }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/invitations")
    String invite(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String organisationId, RedirectAttributes redirect, Locale locale) {
        PeopleRequests.NewInvitation request = new PeopleRequests.NewInvitation(displayName, email, organisationId, null);
        return forms.submit(cooperationId, "invitation", Map.of("displayName", displayName, "email", email, "organisationId", organisationId),
                request, Map.of(), "email", () -> {
                    PeopleResults.InvitationCreated created = invitations.invite(cooperationId, request, publicUrl.base());
                    redirect.addFlashAttribute("invitationEmailed", created.emailed());
                    redirect.addFlashAttribute("invitationLink", created.link());
                    return forms.text(locale, "admin.invite.done", created.displayName());
                }, redirect);
    }
}
