package fr.entente.web.pages;

import fr.entente.cooperation.api.ActionNotAllowedException;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.web.cooperation.CooperationAdministratorsController;
import fr.entente.web.cooperation.CooperationBodiesController;
import fr.entente.web.cooperation.CooperationDirectoryController;
import fr.entente.web.cooperation.CooperationOrganisationsController;
import fr.entente.web.cooperation.CooperationPeopleController;
import fr.entente.web.cooperation.DirectoryRequests;
import fr.entente.web.cooperation.DirectoryResponses;
import fr.entente.web.people.InvitationsController;
import fr.entente.web.people.PeopleRequests;
import fr.entente.web.people.PeopleResponses;
import fr.entente.web.security.CooperationAccess;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The administration of a cooperation's directory, for its administrators (403 page for its other members, 404
 * for anyone else): centres, partners and coordinator; bodies, partners named to them, their members and roles;
 * the people of the cooperation, its administrators, invitations. Every form goes through the API's own
 * controllers ({@link PageForm}), so the rules, the command path and the French messages are the same;
 * a refusal is shown with the form, next to the field it names, and the form keeps what was typed.
 */
@Controller
class AdministrationPageController {

    private static final List<String> FORMS = List.of("centre", "partenaire", "coordination", "instance", "nomination",
            "membre", "role", "retrait-membre", "administrateur", "retrait-administrateur", "retrait-personne", "invitation");

    private final CooperationAccess access;
    private final CooperationDirectoryController directory;
    private final CooperationOrganisationsController organisations;
    private final CooperationBodiesController bodies;
    private final CooperationAdministratorsController administrators;
    private final CooperationPeopleController people;
    private final InvitationsController invitations;
    private final PageForm form;
    private final MessageSource messages;

    AdministrationPageController(CooperationAccess access, CooperationDirectoryController directory,
                                 CooperationOrganisationsController organisations, CooperationBodiesController bodies,
                                 CooperationAdministratorsController administrators, CooperationPeopleController people,
                                 InvitationsController invitations, PageForm form, MessageSource messages) {
        this.access = access;
        this.directory = directory;
        this.organisations = organisations;
        this.bodies = bodies;
        this.administrators = administrators;
        this.people = people;
        this.invitations = invitations;
        this.form = form;
        this.messages = messages;
    }

    @GetMapping("/cooperations/{cooperationId}/administration")
    String page(@PathVariable String cooperationId, Model model) {
        administratorOf(cooperationId);
        DirectoryResponses.Directory cooperation = directory.directory(cooperationId);
        List<DirectoryResponses.RegisteredPerson> registered = people.people(cooperationId);
        model.addAttribute("cooperation", cooperation);
        model.addAttribute("bodies", cooperation.bodies().stream().map(body -> directory.body(cooperationId, body.bodyId())).toList());
        model.addAttribute("people", registered);
        model.addAttribute("names", registered.stream().collect(Collectors.toMap(DirectoryResponses.RegisteredPerson::personId,
                person -> Objects.requireNonNullElse(person.displayName(), person.personId()))));
        model.addAttribute("roles", BodyRole.values());
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("organisations", DirectoryPageController.organisationNames(cooperation));
        Map<String, Map<String, String>> errors = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        FORMS.forEach(name -> {
            errors.put(name, Map.of());
            values.put(name, Map.of());
        });
        if (model.getAttribute("failedForm") instanceof String failed) {
            errors.put(failed, castMap(model.getAttribute("failedErrors")));
            values.put(failed, castMap(model.getAttribute("failedValues")));
        }
        model.addAttribute("formErrors", errors);
        model.addAttribute("formValues", values);
        return "administration";
    }

    @PostMapping("/cooperations/{cooperationId}/administration/centres")
    String addCentre(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String departmentCode,
                     @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect,
                     HttpServletResponse response, Locale locale) {
        DirectoryRequests.NewCentre request = new DirectoryRequests.NewCentre(departmentCode, name);
        return submit(cooperationId, "centre", Map.of("departmentCode", departmentCode, "name", name), request, Map.of(),
                "departmentCode", () -> {
                    DirectoryResponses.CentreAdded added = organisations.addCentre(cooperationId, request);
                    return text(locale, "admin.centre.done", added.name(), added.departmentCode());
                }, model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/partenaires")
    String addPartner(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String organisationId,
                      @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect,
                      HttpServletResponse response, Locale locale) {
        DirectoryRequests.NewPartner request = new DirectoryRequests.NewPartner(organisationId, name);
        return submit(cooperationId, "partenaire", Map.of("organisationId", organisationId, "name", name), request, Map.of(),
                "organisationId", () -> text(locale, "admin.partner.done", organisations.addPartner(cooperationId, request).name()),
                model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/coordination")
    String designateCoordinator(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String departmentCode,
                                Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        DirectoryRequests.CoordinatorChoice request = new DirectoryRequests.CoordinatorChoice(departmentCode);
        return submit(cooperationId, "coordination", Map.of("departmentCode", departmentCode), request, Map.of(),
                "departmentCode", () -> text(locale, "admin.coordinator.done",
                        organisations.designateCoordinator(cooperationId, request).departmentCode()),
                model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/instances")
    String createBody(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String bodyId,
                      @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String name,
                      Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        DirectoryRequests.NewBody request = new DirectoryRequests.NewBody(FormFields.blankToNull(bodyId), FormFields.enumOf(BodyKind.class, kind),
                                                                          FormFields.blankToNull(name));
        return submit(cooperationId, "instance", Map.of("bodyId", bodyId, "kind", kind, "name", name), request, Map.of(),
                "bodyId", () -> {
                    DirectoryResponses.BodyCreated created = bodies.createBody(cooperationId, request);
                    return text(locale, "admin.body.done", Objects.requireNonNullElse(created.name(), created.bodyId()));
                }, model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/instances/partenaires")
    String namePartner(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String bodyId,
                       @RequestParam(defaultValue = "") String organisationId, Model model, RedirectAttributes redirect,
                       HttpServletResponse response, Locale locale) {
        DirectoryRequests.PartnerNaming request = new DirectoryRequests.PartnerNaming(organisationId);
        return submit(cooperationId, "nomination", Map.of("bodyId", bodyId, "organisationId", organisationId), request,
                bodyChosen(bodyId, locale), "bodyId", () -> {
                    bodies.namePartner(cooperationId, bodyId, request);
                    return text(locale, "admin.naming.done", organisationId, bodyName(cooperationId, bodyId));
                }, model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/membres")
    String addMember(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String bodyId,
                     @RequestParam(defaultValue = "") String personId, @RequestParam(defaultValue = "") String role,
                     Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        DirectoryRequests.NewBodyMember request = new DirectoryRequests.NewBodyMember(FormFields.blankToNull(personId), FormFields.enumOf(BodyRole.class, role));
        return submit(cooperationId, "membre", Map.of("bodyId", bodyId, "personId", personId, "role", role), request,
                bodyChosen(bodyId, locale), "personId", () -> {
                    DirectoryResponses.BodyMember added = bodies.addMember(cooperationId, bodyId, request);
                    return text(locale, "admin.addMember.done", nameOf(added.personId()),
                                bodyName(cooperationId, bodyId), text(locale, "role." + added.role()));
                }, model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/membres/role")
    String changeRole(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String bodyId,
                      @RequestParam(defaultValue = "") String personId, @RequestParam(defaultValue = "") String role,
                      Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        DirectoryRequests.RoleChange request = new DirectoryRequests.RoleChange(FormFields.enumOf(BodyRole.class, role));
        return submit(cooperationId, "role", Map.of("bodyId", bodyId, "personId", personId, "role", role), request,
                bodyChosen(bodyId, locale), "role", () -> {
                    bodies.changeRole(cooperationId, bodyId, personId, request);
                    return text(locale, "admin.role.done", nameOf(personId), bodyName(cooperationId, bodyId),
                                text(locale, "role." + request.role()));
                }, model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/membres/retrait")
    String removeMember(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String bodyId,
                        @RequestParam(defaultValue = "") String personId, Model model, RedirectAttributes redirect,
                        HttpServletResponse response, Locale locale) {
        return submit(cooperationId, "retrait-membre", Map.of("bodyId", bodyId, "personId", personId), null,
                bodyChosen(bodyId, locale), "personId", () -> {
                    String name = nameOf(personId);
                    bodies.removeMember(cooperationId, bodyId, personId);
                    return text(locale, "admin.removeMember.done", name, bodyName(cooperationId, bodyId));
                }, model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/administrateurs")
    String appoint(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String personId, Model model,
                   RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        DirectoryRequests.AdministratorAppointment request = new DirectoryRequests.AdministratorAppointment(personId);
        return submit(cooperationId, "administrateur", Map.of("personId", personId), request, Map.of(), "personId", () -> {
            administrators.appoint(cooperationId, request);
            return text(locale, "admin.appoint.done", nameOf(personId));
        }, model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/administrateurs/retrait")
    String revoke(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String personId, Model model,
                  RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return submit(cooperationId, "retrait-administrateur", Map.of("personId", personId), null, Map.of(), "personId", () -> {
            administrators.revoke(cooperationId, personId);
            return text(locale, "admin.revoke.done", nameOf(personId));
        }, model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/personnes/retrait")
    String removePerson(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String personId, Model model,
                        RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return submit(cooperationId, "retrait-personne", Map.of("personId", personId), null, Map.of(), "personId", () -> {
            String name = nameOf(personId);
            people.remove(cooperationId, personId);
            return text(locale, "admin.removePerson.done", name);
        }, model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/invitations")
    String invite(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String organisationId,
                  Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        PeopleRequests.NewInvitation request = new PeopleRequests.NewInvitation(displayName, email, organisationId, null);
        return submit(cooperationId, "invitation", Map.of("displayName", displayName, "email", email, "organisationId", organisationId),
                request, Map.of(), "email", () -> {
                    PeopleResponses.InvitationCreated created = invitations.invite(cooperationId, request);
                    redirect.addFlashAttribute("invitationEmailed", created.emailed());
                    redirect.addFlashAttribute("invitationLink", created.link());
                    return text(locale, "admin.invite.done", created.displayName());
                }, model, redirect, response);
    }

    private String submit(String cooperationId, String formName, Map<String, String> values, Object request,
                          Map<String, String> preliminaryErrors, String mainField, Supplier<String> action, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
        administratorOf(cooperationId);
        PageForm.Outcome outcome = form.submit(request, preliminaryErrors, mainField, action);
        if (outcome.done()) {
            redirect.addFlashAttribute("confirmation", outcome.confirmation());
            return "redirect:/cooperations/{cooperationId}/administration";
        }
        response.setStatus(422);
        model.addAttribute("failedForm", formName);
        model.addAttribute("failedErrors", outcome.errors());
        model.addAttribute("failedValues", values);
        return page(cooperationId, model);
    }

    /** The administrators only: others get the 403 page (and people of other cooperations the 404 page). */
    private void administratorOf(String cooperationId) {
        if (!access.membershipIn(cooperationId).administrator()) {
            throw ActionNotAllowedException.administratorsOnly();
        }
    }

    private Map<String, String> bodyChosen(String bodyId, Locale locale) {
        return bodyId.isBlank() ? Map.of("bodyId", text(locale, "admin.body.required")) : Map.of();
    }

    private String bodyName(String cooperationId, String bodyId) {
        DirectoryResponses.Body body = directory.body(cooperationId, bodyId);
        return Objects.requireNonNullElse(body.name(), body.bodyId());
    }

    /** The read models follow the log a moment later: a name is read from the people's accounts. */
    private String nameOf(String personId) {
        return people.displayNameOf(personId);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> castMap(Object map) {
        return map instanceof Map<?, ?> ? (Map<String, String>) map : Map.of();
    }
}
