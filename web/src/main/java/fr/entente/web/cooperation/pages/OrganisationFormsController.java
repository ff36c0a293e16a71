package fr.entente.web.cooperation.pages;

import fr.entente.web.cooperation.DirectoryOrganisations;
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

/** The administration page's forms on the cooperation's organisations: member centres, partners, the coordinating centre. */
@PageController
public class OrganisationFormsController {

    private final AdministrationForms forms;
    private final DirectoryOrganisations organisations;

    OrganisationFormsController(AdministrationForms forms, DirectoryOrganisations organisations) {
        this.forms = forms;
        this.organisations = organisations;
    }

    @PostMapping("/cooperations/{cooperationId}/administration/centres")
    String addCentre(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String departmentCode,
                     @RequestParam(defaultValue = "") String name, RedirectAttributes redirect, Locale locale) {
        DirectoryRequests.NewCentre request = new DirectoryRequests.NewCentre(departmentCode, name);
        return forms.submit(cooperationId, "centre", Map.of("departmentCode", departmentCode, "name", name), request, Map.of(),
                "departmentCode", () -> {
                    DirectoryResults.CentreAdded added = organisations.addCentre(cooperationId, request);
                    return forms.text(locale, "admin.centre.done", added.name(), added.departmentCode());
                }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/partenaires")
    String addPartner(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String organisationId,
                      @RequestParam(defaultValue = "") String name, RedirectAttributes redirect, Locale locale) {
        DirectoryRequests.NewPartner request = new DirectoryRequests.NewPartner(organisationId, name);
        return forms.submit(cooperationId, "partenaire", Map.of("organisationId", organisationId, "name", name), request, Map.of(),
                "organisationId", () -> forms.text(locale, "admin.partner.done", organisations.addPartner(cooperationId, request).name()),
                redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/coordination")
    String designateCoordinator(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String departmentCode, RedirectAttributes redirect, Locale locale) {
        DirectoryRequests.CoordinatorChoice request = new DirectoryRequests.CoordinatorChoice(departmentCode);
        return forms.submit(cooperationId, "coordination", Map.of("departmentCode", departmentCode), request, Map.of(),
                "departmentCode", () -> forms.text(locale, "admin.coordinator.done",
                        organisations.designateCoordinator(cooperationId, request).departmentCode()),
                redirect);
    }
}
