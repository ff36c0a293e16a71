package fr.entente.web.pages;

import fr.entente.cooperation.api.ActionNotAllowedException;
import fr.entente.meeting.api.MeetingNotFoundException;
import fr.entente.web.problem.CommandProblemsAdvice;
import fr.entente.web.problem.NotVisibleException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Submits a form of a page: checks the request as the API would (its bean-validation messages),
 * runs it through the API's controller, and turns a refusal into messages by field, the field the problem names or
 * the form's main field. A refusal that concerns the whole page (the cooperation is not visible, the person does
 * not administer it) is not a form error: it propagates, and the page answers 404 or 403.
 */
@Component
class PageForm {

    /** What became of a submission: the confirmation to show, or the errors by field (never both). */
    record Outcome(String confirmation, Map<String, String> errors) {

        boolean done() {
            return confirmation != null;
        }
    }

    private final Validator validator;
    private final CommandProblemsAdvice problems;

    PageForm(Validator validator, CommandProblemsAdvice problems) {
        this.validator = validator;
        this.problems = problems;
    }

    Outcome submit(Object request, Map<String, String> preliminaryErrors, String mainField, Supplier<String> action) {
        Map<String, String> errors = new LinkedHashMap<>(preliminaryErrors);
        if (request != null) {
            for (ConstraintViolation<Object> violation : validator.validate(request)) {
                errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        try {
            return new Outcome(action.get(), Map.of());
        } catch (ActionNotAllowedException | MeetingNotFoundException wholePage) {
            throw wholePage;
        } catch (NotVisibleException notVisible) {
            if (NotVisibleException.cooperation().code().equals(notVisible.code())) {
                throw notVisible;
            }
            return new Outcome(null, Map.of(mainField, notVisible.getMessage()));
        } catch (RuntimeException refused) {
            return new Outcome(null, fieldOf(problems.problemOf(refused), mainField));
        }
    }

    /** The problem's message under the field it names, or under the form's main field. */
    private static Map<String, String> fieldOf(ProblemDetail problem, String mainField) {
        Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
        return Map.of(field instanceof String named && !named.isBlank() ? named : mainField,
                      Objects.requireNonNullElse(problem.getDetail(), ""));
    }
}
