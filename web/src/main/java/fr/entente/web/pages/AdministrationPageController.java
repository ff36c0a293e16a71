package fr.entente.web.pages;

import fr.entente.cooperation.api.ActionNotAllowedException;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.cooperation.CooperationBodiesController;
import fr.entente.web.cooperation.CooperationDirectoryController;
import fr.entente.web.cooperation.DirectoryRequests;
import fr.entente.web.cooperation.DirectoryResponses;
import fr.entente.web.people.InvitationsController;
import fr.entente.web.people.PeopleRequests;
import fr.entente.web.people.PeopleResponses;
import fr.entente.web.problem.CommandProblemsAdvice;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.security.CooperationAccess;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The administration of a cooperation's directory, for its administrators (403 page for its other members, 404
 * for anyone else): seat a person in a body with a role, invite a person. The forms go through the API's own
 * controllers, so the rules, the command path and the French messages are the same; a refusal is shown next to
 * the field it names.
 */
@Controller
class AdministrationPageController {

    /** Someone who can be seated in a body: the people the directory shows. */
    record PersonChoice(String personId, String displayName) {
    }

    private final CooperationAccess access;
    private final CooperationDirectoryController directory;
    private final CooperationBodiesController bodies;
    private final InvitationsController invitations;
    private final CommandProblemsAdvice problems;
    private final Validator validator;
    private final MessageSource messages;
    private final PersonAccounts accounts;

    AdministrationPageController(CooperationAccess access, CooperationDirectoryController directory,
                                 CooperationBodiesController bodies, InvitationsController invitations,
                                 CommandProblemsAdvice problems, Validator validator, MessageSource messages,
                                 PersonAccounts accounts) {
        this.access = access;
        this.directory = directory;
        this.bodies = bodies;
        this.invitations = invitations;
        this.problems = problems;
        this.validator = validator;
        this.messages = messages;
        this.accounts = accounts;
    }

    @GetMapping("/cooperations/{cooperationId}/administration")
    String page(@PathVariable String cooperationId, Model model) {
        administratorOf(cooperationId);
        DirectoryResponses.Directory cooperation = directory.directory(cooperationId);
        List<DirectoryResponses.Body> all = cooperation.bodies().stream()
                .map(body -> directory.body(cooperationId, body.bodyId())).toList();
        Map<String, String> people = new LinkedHashMap<>();
        Stream.concat(cooperation.administrators().stream().map(person -> new PersonChoice(person.personId(), person.displayName())),
                      all.stream().flatMap(body -> body.members().stream())
                         .map(member -> new PersonChoice(member.personId(), member.displayName())))
              .forEach(person -> people.putIfAbsent(person.personId(), Objects.requireNonNullElse(person.displayName(), person.personId())));
        model.addAttribute("cooperation", cooperation);
        model.addAttribute("bodies", cooperation.bodies());
        model.addAttribute("people", people.entrySet().stream()
                .map(entry -> new PersonChoice(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(PersonChoice::displayName)).toList());
        model.addAttribute("roles", BodyRole.values());
        model.addAttribute("organisations", DirectoryPageController.organisationNames(cooperation));
        model.addAttribute("memberErrors", model.getAttribute("memberErrors") == null ? Map.of() : model.getAttribute("memberErrors"));
        model.addAttribute("inviteErrors", model.getAttribute("inviteErrors") == null ? Map.of() : model.getAttribute("inviteErrors"));
        return "administration";
    }

    @PostMapping("/cooperations/{cooperationId}/administration/membres")
    String addMember(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String bodyId,
                     @RequestParam(defaultValue = "") String personId, @RequestParam(defaultValue = "") String role,
                     Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        administratorOf(cooperationId);
        model.addAttribute("memberForm", Map.of("bodyId", bodyId, "personId", personId, "role", role));
        BodyRole chosenRole = Stream.of(BodyRole.values()).filter(value -> value.name().equals(role)).findFirst().orElse(null);
        DirectoryRequests.NewBodyMember request = new DirectoryRequests.NewBodyMember(personId.isBlank() ? null : personId, chosenRole);
        Map<String, String> errors = violations(request);
        if (bodyId.isBlank()) {
            errors.put("bodyId", messages.getMessage("admin.body.required", null, locale));
        }
        if (errors.isEmpty()) {
            try {
                DirectoryResponses.BodyMember added = bodies.addMember(cooperationId, bodyId, request);
                // the read models follow the log a moment later: the name comes from the account, not the body's members
                DirectoryResponses.Body body = directory.body(cooperationId, added.bodyId());
                String name = Objects.requireNonNullElse(accounts.displayNames(List.of(added.personId())).get(added.personId()),
                                                         added.personId());
                redirect.addFlashAttribute("confirmation", messages.getMessage("admin.addMember.done",
                        new Object[]{name, body.name(), messages.getMessage("role." + added.role(), null, locale)}, locale));
                return "redirect:/cooperations/{cooperationId}/administration";
            } catch (NotVisibleException | ActionNotAllowedException shownAsPage) {
                if (shownAsPage instanceof NotVisibleException && !NotVisibleException.cooperation().code()
                        .equals(((NotVisibleException) shownAsPage).code())) {
                    errors.put("bodyId", shownAsPage.getMessage());
                } else {
                    throw shownAsPage;
                }
            } catch (RuntimeException refused) {
                errors.putAll(fieldOf(problems.problemOf(refused), "personId"));
            }
        }
        response.setStatus(422);
        model.addAttribute("memberErrors", errors);
        return page(cooperationId, model);
    }

    @PostMapping("/cooperations/{cooperationId}/administration/invitations")
    String invite(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String organisationId,
                  Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        administratorOf(cooperationId);
        model.addAttribute("inviteForm", Map.of("displayName", displayName, "email", email, "organisationId", organisationId));
        PeopleRequests.NewInvitation request = new PeopleRequests.NewInvitation(displayName, email, organisationId, null);
        Map<String, String> errors = violations(request);
        if (errors.isEmpty()) {
            try {
                PeopleResponses.InvitationCreated created = invitations.invite(cooperationId, request);
                redirect.addFlashAttribute("confirmation",
                        messages.getMessage("admin.invite.done", new Object[]{created.displayName()}, locale));
                redirect.addFlashAttribute("invitationEmailed", created.emailed());
                redirect.addFlashAttribute("invitationLink", created.link());
                return "redirect:/cooperations/{cooperationId}/administration";
            } catch (NotVisibleException | ActionNotAllowedException shownAsPage) {
                throw shownAsPage;
            } catch (RuntimeException refused) {
                errors.putAll(fieldOf(problems.problemOf(refused), "email"));
            }
        }
        response.setStatus(422);
        model.addAttribute("inviteErrors", errors);
        return page(cooperationId, model);
    }

    /** The administrators only: others get the 403 page (and people of other cooperations the 404 page). */
    private void administratorOf(String cooperationId) {
        MembershipView membership = access.membershipIn(cooperationId);
        if (!membership.administrator()) {
            throw ActionNotAllowedException.administratorsOnly();
        }
    }

    private Map<String, String> violations(Object request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }

    /** The problem's message under the field it names, or under the form's main field. */
    private static Map<String, String> fieldOf(ProblemDetail problem, String mainField) {
        Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
        return Map.of(field instanceof String named ? named : mainField, Objects.requireNonNullElse(problem.getDetail(), ""));
    }
}
