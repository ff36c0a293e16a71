package fr.entente.web.pages;

import fr.entente.web.cooperation.CooperationOrganisationsController;
import fr.entente.web.cooperation.DirectoryRequests;
import fr.entente.web.cooperation.DirectoryResponses;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Map;

/** The administration page's forms on the cooperation's organisations: member centres, partners, the coordinating centre. */
@Controller
class OrganisationFormsController {

    private final AdministrationForms forms;
    private final CooperationOrganisationsController organisations;

    OrganisationFormsController(AdministrationForms forms, CooperationOrganisationsController organisations) {
        this.forms = forms;
        this.organisations = organisations;
    }

    @PostMapping("/cooperations/{cooperationId}/administration/centres")
    String addCentre(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String departmentCode,
                     @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect,
                     HttpServletResponse response, Locale locale) {
        DirectoryRequests.NewCentre request = new DirectoryRequests.NewCentre(departmentCode, name);
        return forms.submit(cooperationId, "centre", Map.of("departmentCode", departmentCode, "name", name), request, Map.of(),
                "departmentCode", () -> {
                    DirectoryResponses.CentreAdded added = organisations.addCentre(cooperationId, request);
                    return forms.text(locale, "admin.centre.done", added.name(), added.departmentCode());
                }, model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/partenaires")
    String addPartner(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String organisationId,
                      @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect,
                      HttpServletResponse response, Locale locale) {
        DirectoryRequests.NewPartner request = new DirectoryRequests.NewPartner(organisationId, name);
        return forms.submit(cooperationId, "partenaire", Map.of("organisationId", organisationId, "name", name), request, Map.of(),
                "organisationId", () -> forms.text(locale, "admin.partner.done", organisations.addPartner(cooperationId, request).name()),
                model, redirect, response);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/coordination")
    String designateCoordinator(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String departmentCode,
                                Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        DirectoryRequests.CoordinatorChoice request = new DirectoryRequests.CoordinatorChoice(departmentCode);
        return forms.submit(cooperationId, "coordination", Map.of("departmentCode", departmentCode), request, Map.of(),
                "departmentCode", () -> forms.text(locale, "admin.coordinator.done",
                        organisations.designateCoordinator(cooperationId, request).departmentCode()),
                model, redirect, response);
    }
}
