package fr.entente.web.cooperation.pages;

import fr.entente.web.pages.ReadYourWrites;
import fr.entente.web.pages.PageForm;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.web.cooperation.DirectoryReading;
import fr.entente.web.cooperation.CooperationPeople;
import fr.entente.web.cooperation.DirectoryResults;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.pages.PageController;
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
@PageController
public class AdministrationPageController {

    private static final List<String> FORMS = List.of("centre", "partenaire", "coordination", "instance", "nomination",
            "membre", "role", "retrait-membre", "administrateur", "retrait-administrateur", "retrait-personne", "invitation");

    private final CooperationAccess access;
    private final DirectoryReading directory;
    private final CooperationPeople people;
    private final ReadYourWrites readYourWrites;

    AdministrationPageController(CooperationAccess access, DirectoryReading directory, CooperationPeople people,
                                 ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
        this.access = access;
        this.directory = directory;
        this.people = people;
    }

    @GetMapping("/cooperations/{cooperationId}/administration")
    String page(@PathVariable String cooperationId, Model model) {
        administratorOf(cooperationId);
        readYourWrites.await(model, "cooperation-directory");
        DirectoryResults.Directory cooperation = directory.directory(cooperationId);
        List<DirectoryResults.RegisteredPerson> registered = people.people(cooperationId);
        model.addAttribute("cooperation", cooperation);
        model.addAttribute("bodies", cooperation.bodies().stream().map(body -> directory.body(cooperationId, body.bodyId())).toList());
        model.addAttribute("people", registered);
        model.addAttribute("names", registered.stream().collect(Collectors.toMap(DirectoryResults.RegisteredPerson::personId,
                person -> Objects.requireNonNullElse(person.displayName(), person.personId()))));
        model.addAttribute("roles", BodyRole.values());
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("organisations", cooperation.organisationNames());
        PageForm.exposeForms(model, FORMS, UnaryOperator.identity());
        return "administration";
    }

    /** A form's address opened in the address bar (a bookmark, a reload after a refusal): the page. */
    @GetMapping("/cooperations/{cooperationId}/administration/**")
    String formAddress(@PathVariable String cooperationId) {
        return "redirect:/cooperations/" + cooperationId + "/administration";
    }

    /** The administrators only: others get the 403 page (and people of other cooperations the 404 page). */
    private void administratorOf(String cooperationId) {
        if (!access.membershipIn(cooperationId).administrator()) {
            throw CooperationRefusedException.refused(CooperationRefusal.ADMINISTRATOR_REQUIRED);
        }
    }
}
