package fr.entente.web.forum.rest;

import fr.entente.web.forum.ForumAccess;
import fr.entente.web.forum.ForumMentions;
import fr.entente.web.forum.ForumReading;
import fr.entente.web.forum.ForumRequests;
import fr.entente.web.forum.ForumResults;
import fr.entente.web.forum.ForumSpaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The forum's spaces: those a person is in, one with its members and threads, and the spaces on a theme. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/forum/spaces", produces = "application/json")
@Tag(name = "Forum", description = "The forum: spaces (one per body, whose members follow the body's roster, and spaces "
                                   + "on a theme), threads and posts in Markdown. A space and its threads are seen by "
                                   + "its members only: 404 for anyone else, as for one that does not exist.")
public class ForumSpacesController {

    private final ForumReading reading;
    private final ForumSpaces spaces;
    private final ForumAccess access;
    private final ForumMentions mentions;

    public ForumSpacesController(ForumReading reading, ForumSpaces spaces, ForumAccess access, ForumMentions mentions) {
        this.reading = reading;
        this.spaces = spaces;
        this.access = access;
        this.mentions = mentions;
    }

    @GetMapping
    @Operation(summary = "The spaces of the cooperation the signed-in person is a member of, bodies' first")
    public List<ForumResults.Space> spaces(@PathVariable String cooperationId) {
        return reading.spaces(cooperationId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a space on a theme with the people chosen (administrators of the cooperation)",
               description = "At least one moderator; every person must be of the cooperation (404 naming the field "
                             + "otherwise). A member who is no administrator gets 403.")
    public ForumResults.SpaceCreated create(@PathVariable String cooperationId,
                                            @Valid @RequestBody ForumRequests.NewThemeSpace request) {
        return spaces.create(cooperationId, request);
    }

    @GetMapping("/{spaceId}")
    @Operation(summary = "A space: its members with their roles, and its threads (pinned first, then the most recently "
                         + "active)", description = "Live updates: topic cooperation/{c}/forum/space/{s}.")
    public ForumResults.SpaceDetail space(@PathVariable String cooperationId, @PathVariable String spaceId) {
        return reading.space(cooperationId, spaceId);
    }

    @GetMapping("/{spaceId}/mentionable")
    @Operation(summary = "The members of a space whose username or name starts with what was typed after @, for the "
                         + "completion of a mention (@username; @espace names everyone in the space)")
    public List<ForumMentions.Mentionable> mentionable(@PathVariable String cooperationId, @PathVariable String spaceId,
                                                       @RequestParam(defaultValue = "") String q) {
        return mentions.completions(access.space(cooperationId, spaceId).space(), q, 10);
    }

    @PostMapping("/{spaceId}/members")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Seat a person of the cooperation in a theme's space (its moderators and the administrators)",
               description = "A body's space follows the body's roster: 403 forum.space-follows-body-roster.")
    public void addMember(@PathVariable String cooperationId, @PathVariable String spaceId,
                          @Valid @RequestBody ForumRequests.SpaceMember request) {
        spaces.add(cooperationId, spaceId, request.personId(), request.role());
    }

    @PutMapping("/{spaceId}/members/{personId}/role")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change a member's role in a theme's space; the space keeps a moderator")
    public void changeRole(@PathVariable String cooperationId, @PathVariable String spaceId,
                           @PathVariable String personId, @Valid @RequestBody ForumRequests.Role request) {
        spaces.changeRole(cooperationId, spaceId, personId, request.role());
    }

    @DeleteMapping("/{spaceId}/members/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a person out of a theme's space; the space keeps a moderator")
    public void removeMember(@PathVariable String cooperationId, @PathVariable String spaceId,
                             @PathVariable String personId) {
        spaces.remove(cooperationId, spaceId, personId);
    }
}
