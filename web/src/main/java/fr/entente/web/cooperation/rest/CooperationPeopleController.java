package fr.entente.web.cooperation.rest;

import fr.entente.web.cooperation.CooperationPeople;
import fr.entente.web.cooperation.DirectoryResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The people registered in a cooperation, for its administrators: who they are, where they sit; removing one. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/people", produces = "application/json")
@Tag(name = "Administration de l'annuaire")
public class CooperationPeopleController {

    private final CooperationPeople people;

    public CooperationPeopleController(CooperationPeople people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "Everyone registered in the cooperation, sorted by name (administrators only)",
               description = "403 for its other members, 404 for anyone else. A person whose account was erased "
                             + "has no display name.")
    public List<DirectoryResults.RegisteredPerson> people(@PathVariable String cooperationId) {
        return people.people(cooperationId);
    }

    @DeleteMapping("/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a person from the cooperation (administrators only)",
               description = "They leave their bodies and the administration; what they did stays in the log, "
                             + "under their identifier. 404 for someone not registered; 409 for the last administrator.")
    public void remove(@PathVariable String cooperationId, @PathVariable String personId) {
        people.remove(cooperationId, personId);
    }

    @PostMapping("/{personId}/erasure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase a person's personal data (administrators only)",
               description = "Removes them from the cooperation first if they still belong to it; then their account "
                             + "(username, name, e-mail, password), calendar feed and pending invitation leave the hub, "
                             + "and the pages say \"personne supprimée\"; the log keeps their identifier on their acts and "
                             + "still verifies. Answered once done. 409 account.person-belongs-elsewhere while they belong "
                             + "to another cooperation, 409 cooperation.person-already-erased the second time.")
    public void erase(@PathVariable String cooperationId, @PathVariable String personId) {
        people.erase(cooperationId, personId);
    }
}
