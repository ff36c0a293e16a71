package fr.entente.web.pages;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.web.cooperation.CooperationDirectoryController;
import fr.entente.web.cooperation.CooperationPeopleController;
import fr.entente.web.cooperation.DirectoryResponses;
import fr.entente.web.security.CooperationAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The administration of a cooperation's directory, for its administrators (403 page for its other members, 404
 * for anyone else): centres, partners and coordinator; bodies, partners named to them, their members and roles;
 * the people of the cooperation, its administrators, invitations. The forms are answered by
 * {@link OrganisationFormsController}, {@link BodyFormsController} and {@link PeopleFormsController}, through the
 * API's own controllers ({@link AdministrationForms}); a refused form shows this page again, its errors next to it.
 */
@Controller
class AdministrationPageController {

    private static final List<String> FORMS = List.of("centre", "partenaire", "coordination", "instance", "nomination",
            "membre", "role", "retrait-membre", "administrateur", "retrait-administrateur", "retrait-personne", "invitation");

    private final CooperationAccess access;
    private final CooperationDirectoryController directory;
    private final CooperationPeopleController people;

    AdministrationPageController(CooperationAccess access, CooperationDirectoryController directory,
                                 CooperationPeopleController people) {
        this.access = access;
        this.directory = directory;
        this.people = people;
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
        PageForm.exposeForms(model, FORMS, UnaryOperator.identity());
        return "administration";
    }

    /** The administrators only: others get the 403 page (and people of other cooperations the 404 page). */
    private void administratorOf(String cooperationId) {
        if (!access.membershipIn(cooperationId).administrator()) {
            throw CooperationRefusedException.refused(CooperationRefusal.ADMINISTRATOR_REQUIRED);
        }
    }
}
