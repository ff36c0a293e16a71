package fr.entente.web.cooperation.pages;

import fr.entente.web.cooperation.DirectoryReading;
import fr.entente.web.cooperation.DirectoryResults;
import fr.entente.web.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The directory of a cooperation: its centres (and which coordinates), partners, administrators, and bodies with
 * their members and roles. It reads through the directory's application layer, as the API does: the same things, to the
 * same people (404 page for a cooperation one does not belong to).
 */
@PageController
public class DirectoryPageController {

    private final DirectoryReading directory;

    DirectoryPageController(DirectoryReading directory) {
        this.directory = directory;
    }

    @GetMapping("/cooperations/{cooperationId}")
    String directory(@PathVariable String cooperationId, Model model) {
        DirectoryResults.Directory cooperation = directory.directory(cooperationId);
        List<DirectoryResults.Body> bodies = cooperation.bodies().stream()
                .map(body -> directory.body(cooperationId, body.bodyId()))
                .toList();
        model.addAttribute("cooperation", cooperation);
        model.addAttribute("bodies", bodies);
        Map<String, String> organisations = cooperation.organisationNames();
        model.addAttribute("organisations", organisations);
        model.addAttribute("thisYear", Year.now(ZoneId.of("Europe/Paris")).getValue());
        model.addAttribute("bodyPartners", bodies.stream().collect(Collectors.toMap(
                DirectoryResults.Body::bodyId,
                body -> body.partners().stream().map(id -> organisations.getOrDefault(id, id))
                            .collect(Collectors.joining(", ")))));
        return "annuaire";
    }
}
