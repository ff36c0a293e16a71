package fr.entente.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.cooperation.CooperationDirectoryController;
import fr.entente.web.cooperation.DirectoryResponses;
import fr.entente.web.live.LivePositions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A body's page: what it is, its named partners, its members and their roles, live. Read through the API's
 * controller, so it shows what the API would, to the same people (404 page otherwise); {@code /js/instance.js}
 * then follows the body's topic and renders the members again when they change.
 */
@Controller
class BodyPageController {

    private final CooperationDirectoryController directory;
    private final LivePositions livePositions;
    private final MessageSource messages;
    private final ObjectMapper json;

    BodyPageController(CooperationDirectoryController directory, LivePositions livePositions, MessageSource messages,
                       ObjectMapper json) {
        this.directory = directory;
        this.livePositions = livePositions;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/cooperations/{cooperationId}/instances/{bodyId}")
    String body(@PathVariable String cooperationId, @PathVariable String bodyId, Model model, Locale locale)
            throws JsonProcessingException {
        String topic = LiveTopics.body(cooperationId, bodyId);
        long position = livePositions.of(topic);
        DirectoryResponses.Body body = directory.body(cooperationId, bodyId);
        DirectoryResponses.Directory cooperation = directory.directory(cooperationId);
        Map<String, String> organisations = DirectoryPageController.organisationNames(cooperation);
        model.addAttribute("cooperation", cooperation);
        model.addAttribute("body", body);
        model.addAttribute("organisations", organisations);
        model.addAttribute("partnerNames", body.partners().stream().map(id -> organisations.getOrDefault(id, id))
                                               .collect(Collectors.joining(", ")));
        model.addAttribute("liveJson", liveData(topic, position, cooperationId, bodyId, organisations, locale));
        return "instance";
    }

    /** What the live script needs: the topic and position, the API address, organisation names and labels. */
    private String liveData(String topic, long position, String cooperationId, String bodyId,
                            Map<String, String> organisations, Locale locale) throws JsonProcessingException {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(BodyRole.values())
              .forEach(role -> labels.put("role." + role, messages.getMessage("role." + role, null, locale)));
        labels.put("noMembers", messages.getMessage("directory.noMembers", null, locale));
        labels.put("unknownPerson", messages.getMessage("directory.unknownPerson", null, locale));
        labels.put("updated", messages.getMessage("body.updated", null, locale));
        Map<String, Object> data = Map.of("topic", topic, "position", position,
                                          "api", "/api/cooperations/" + cooperationId + "/bodies/" + bodyId,
                                          "organisations", organisations, "labels", labels);
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }
}
