package fr.entente.web.audit.rest;

import fr.entente.web.audit.PersonalDataExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** A person takes away what the hub holds about them. */
@RestController
@Tag(name = "Personnes")
public class PersonalDataController {

    private final PersonalDataExport export;

    public PersonalDataController(PersonalDataExport export) {
        this.export = export;
    }

    @GetMapping(path = "/api/me/personal-data", produces = "application/json")
    @Operation(summary = "Everything the hub holds about me, as a JSON file",
               description = "My account (username, name, e-mail, language), my memberships and roles in each "
                             + "cooperation, and every act of mine in the log, said in my language.")
    public ResponseEntity<PersonalDataExport.PersonalData> mine(Locale locale) {
        return ResponseEntity.ok()
                             .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"entente-mes-donnees.json\"")
                             .body(export.ofSignedInPerson(locale));
    }
}
