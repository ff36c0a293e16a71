package fr.entente.web.operations.rest;

import fr.entente.web.operations.ReadModelOperations;
import fr.entente.web.operations.RebuildProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** The read models a running hub can rebuild, where each lives, and their rebuilds' progress. */
@RestController
@RequestMapping(path = "/api/operations/read-models", produces = "application/json")
@Tag(name = "Exploitation", description = "For the people who administer a cooperation (403 for anyone else).")
public class ReadModelsController {

    private final ReadModelOperations operations;

    public ReadModelsController(ReadModelOperations operations) {
        this.operations = operations;
    }

    @GetMapping
    @Operation(summary = "The read models that can be rebuilt, the collection each lives in, and its last rebuild")
    public List<ReadModelOperations.ReadModel> readModels() {
        return operations.readModels();
    }

    @GetMapping("/{name}")
    @Operation(summary = "A read model and its last rebuild's progress (position in the log against its head)")
    public ReadModelOperations.ReadModel readModel(@PathVariable String name) {
        return operations.readModel(name);
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Rebuild a read model while the hub runs",
               description = "Replays the log into a fresh collection, the pages reading the current one meanwhile; "
                             + "switches to it once it has caught up, and drops the old one. 202 with the progress; "
                             + "follow it at the Location. 409 operations.rebuild-running while one runs.")
    public ResponseEntity<RebuildProgress> rebuild(@PathVariable String name) {
        RebuildProgress started = operations.rebuild(name);
        return ResponseEntity.accepted().location(URI.create("/api/operations/read-models/" + name)).body(started);
    }
}
