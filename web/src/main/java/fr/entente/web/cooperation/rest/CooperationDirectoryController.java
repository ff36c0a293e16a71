package fr.entente.web.cooperation.rest;

import fr.entente.web.cooperation.DirectoryReading;
import fr.entente.web.cooperation.DirectoryResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The directory of a cooperation and its bodies, as the signed-in person may see them. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}", produces = "application/json")
@Tag(name = "Annuaire", description = "The directory of a cooperation: its centres, partners, coordinator, "
                                      + "administrators and bodies. Reads are eventually consistent: a change "
                                      + "answered a moment ago shows within a few milliseconds.")
public class CooperationDirectoryController {

    private final DirectoryReading directory;

    public CooperationDirectoryController(DirectoryReading directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "The directory of a cooperation",
               description = "For its members only (404 for anyone else, whether the cooperation exists or not). "
                             + "A partner's people see only the bodies their organisation is named to.")
    public DirectoryResults.Directory directory(@PathVariable String cooperationId) {
        return directory.directory(cooperationId);
    }

    @GetMapping("/bodies/{bodyId}")
    @Operation(summary = "A body of a cooperation, with its named partners and its members",
               description = "404 for a body of another cooperation, and for a partner's person when the partner "
                             + "is not named to the body.")
    public DirectoryResults.Body body(@PathVariable String cooperationId, @PathVariable String bodyId) {
        return directory.body(cooperationId, bodyId);
    }
}
