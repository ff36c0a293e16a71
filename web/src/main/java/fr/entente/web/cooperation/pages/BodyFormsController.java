package fr.entente.web.cooperation.pages;

import fr.entente.web.pages.FormFields;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.web.cooperation.DirectoryBodies;
import fr.entente.web.cooperation.DirectoryRequests;
import fr.entente.web.cooperation.DirectoryResults;
import jakarta.servlet.http.HttpServletResponse;
import fr.entente.web.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The administration page's forms on bodies: create one, name a partner to it, seat a person, change a role, remove a member. */
@PageController
public class BodyFormsController {

    private final AdministrationForms forms;
    private final DirectoryBodies bodies;

    BodyFormsController(AdministrationForms forms, DirectoryBodies bodies) {
        this.forms = forms;
        this.bodies = bodies;
    }

    @PostMapping("/cooperations/{cooperationId}/administration/instances")
    String createBody(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String bodyId,
                      @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect, Locale locale) {
        DirectoryRequests.NewBody request = new DirectoryRequests.NewBody(FormFields.blankToNull(bodyId), FormFields.enumOf(BodyKind.class, kind),
                                                                          FormFields.blankToNull(name));
        return forms.submit(cooperationId, "instance", Map.of("bodyId", bodyId, "kind", kind, "name", name), request, Map.of(),
                "bodyId", () -> {
                    DirectoryResults.BodyCreated created = bodies.createBody(cooperationId, request);
                    return forms.text(locale, "admin.body.done", Objects.requireNonNullElse(created.name(), created.bodyId()));
                }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/instances/partenaires")
    String namePartner(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String bodyId,
                       @RequestParam(defaultValue = "") String organisationId, RedirectAttributes redirect, Locale locale) {
        DirectoryRequests.PartnerNaming request = new DirectoryRequests.PartnerNaming(organisationId);
        return forms.submit(cooperationId, "nomination", Map.of("bodyId", bodyId, "organisationId", organisationId), request,
                forms.bodyChosen(bodyId, locale), "bodyId", () -> {
                    bodies.namePartner(cooperationId, bodyId, request);
                    return forms.text(locale, "admin.naming.done", organisationId, forms.bodyName(cooperationId, bodyId));
                }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/membres")
    String addMember(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String bodyId,
                     @RequestParam(defaultValue = "") String personId, @RequestParam(defaultValue = "") String role, RedirectAttributes redirect, Locale locale) {
        DirectoryRequests.NewBodyMember request = new DirectoryRequests.NewBodyMember(FormFields.blankToNull(personId), FormFields.enumOf(BodyRole.class, role));
        return forms.submit(cooperationId, "membre", Map.of("bodyId", bodyId, "personId", personId, "role", role), request,
                forms.bodyChosen(bodyId, locale), "personId", () -> {
                    DirectoryResults.BodyMember added = bodies.addMember(cooperationId, bodyId, request);
                    return forms.text(locale, "admin.addMember.done", forms.nameOf(added.personId()),
                                forms.bodyName(cooperationId, bodyId), forms.text(locale, "role." + added.role()));
                }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/membres/role")
    String changeRole(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String bodyId,
                      @RequestParam(defaultValue = "") String personId, @RequestParam(defaultValue = "") String role, RedirectAttributes redirect, Locale locale) {
        DirectoryRequests.RoleChange request = new DirectoryRequests.RoleChange(FormFields.enumOf(BodyRole.class, role));
        return forms.submit(cooperationId, "role", Map.of("bodyId", bodyId, "personId", personId, "role", role), request,
                forms.bodyChosen(bodyId, locale), "role", () -> {
                    bodies.changeRole(cooperationId, bodyId, personId, request);
                    return forms.text(locale, "admin.role.done", forms.nameOf(personId), forms.bodyName(cooperationId, bodyId),
                                forms.text(locale, "role." + request.role()));
                }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/membres/retrait")
    String removeMember(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String bodyId,
                        @RequestParam(defaultValue = "") String personId, RedirectAttributes redirect, Locale locale) {
        return forms.submit(cooperationId, "retrait-membre", Map.of("bodyId", bodyId, "personId", personId), null,
                forms.bodyChosen(bodyId, locale), "personId", () -> {
                    String name = forms.nameOf(personId);
                    bodies.removeMember(cooperationId, bodyId, personId);
                    return forms.text(locale, "admin.removeMember.done", name, forms.bodyName(cooperationId, bodyId));
                }, redirect);
    }
}
