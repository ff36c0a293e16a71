package fr.entente.web.pages;

import fr.entente.cooperation.query.MemberCentreView;
import fr.entente.cooperation.query.PartnerView;
import fr.entente.web.cooperation.CooperationDirectoryController;
import fr.entente.web.cooperation.DirectoryResponses;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The directory of a cooperation: its centres (and which coordinates), partners, administrators, and bodies with
 * their members and roles. It reads through the API's controller, so it shows exactly what the API would, to the
 * same people (404 page for a cooperation one does not belong to).
 */
@Controller
class DirectoryPageController {

    private final CooperationDirectoryController directory;

    DirectoryPageController(CooperationDirectoryController directory) {
        this.directory = directory;
    }

    @GetMapping("/cooperations/{cooperationId}")
    String directory(@PathVariable String cooperationId, Model model) {
        DirectoryResponses.Directory cooperation = directory.directory(cooperationId);
        List<DirectoryResponses.Body> bodies = cooperation.bodies().stream()
                .map(body -> directory.body(cooperationId, body.bodyId()))
                .toList();
        model.addAttribute("cooperation", cooperation);
        model.addAttribute("bodies", bodies);
        Map<String, String> organisations = organisationNames(cooperation);
        model.addAttribute("organisations", organisations);
        model.addAttribute("bodyPartners", bodies.stream().collect(Collectors.toMap(
                DirectoryResponses.Body::bodyId,
                body -> body.partners().stream().map(id -> organisations.getOrDefault(id, id))
                            .collect(Collectors.joining(", ")))));
        return "annuaire";
    }

    /** Organisation id to name: the member centres and the partners. */
    static Map<String, String> organisationNames(DirectoryResponses.Directory cooperation) {
        Map<String, String> names = new HashMap<>();
        cooperation.memberCentres().forEach((MemberCentreView centre) -> names.put(centre.organisationId(), centre.name()));
        cooperation.partners().forEach((PartnerView partner) -> names.put(partner.organisationId(), partner.name()));
        return names;
    }
}
