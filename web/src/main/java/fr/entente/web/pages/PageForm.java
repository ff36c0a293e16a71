package fr.entente.web.pages;

import fr.entente.common.api.RefusedException;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.web.problem.CommandProblemsAdvice;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.problem.WebRefusal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Submits a form of a page: checks the request as the API would (its bean-validation messages, in the reader's
 * language), runs it through the API's controller, and turns a refusal into messages by field, in the reader's
 * language too: under the field the problem names or the form's main field. A refusal that concerns the whole page
 * (the cooperation or the meeting is not visible, the person does not administer it) is not a form error: it
 * propagates, and the page answers 404 or 403.
 * <p>
 * Then answers like every page's forms do: back to the page with a confirmation (post, redirect, get), or, refused,
 * the page again (HTTP 422) with the errors next to the form and what was typed kept.
 */
@Component
class PageForm {

    /** What became of a submission: the confirmation to show, or the errors by field (never both). */
    record Outcome(String confirmation, Map<String, String> errors) {

        boolean done() {
            return confirmation != null;
        }
    }

    /** A refused form, for the page rendered again: its name, its errors by field, what was typed. */
    private record Refused(String form, Map<String, String> errors, Map<String, String> values) {
    }

    private static final String REFUSED = "refusedForm";

    private final Validator validator;
    private final CommandProblemsAdvice problems;
    private final MessageSource messages;

    PageForm(Validator validator, CommandProblemsAdvice problems, MessageSource messages) {
        this.validator = validator;
        this.problems = problems;
        this.messages = messages;
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
        } catch (RefusedException refused) {
            if (concernsTheWholePage(refused)) {
                throw refused;
            }
            return new Outcome(null, fieldOf(problems.problemOf(refused), mainField));
        } catch (NotVisibleException notVisible) {
            if (notVisible.refusal() == WebRefusal.COOPERATION_NOT_VISIBLE) {
                throw notVisible;
            }
            return new Outcome(null, fieldOf(problems.problemOf(notVisible), mainField));
        } catch (RuntimeException refused) {
            return new Outcome(null, fieldOf(problems.problemOf(refused), mainField));
        }
    }

    /** Not administering the cooperation, or not seeing the meeting: the page answers 403 or 404, not the form. */
    private static boolean concernsTheWholePage(RefusedException refused) {
        return refused.refusal() == CooperationRefusal.ADMINISTRATOR_REQUIRED
               || refused.refusal() == CooperationRefusal.SYSTEM_REQUIRED
               || refused.refusal() == MeetingRefusal.NOT_FOUND;
    }

    /** Back to {@code redirectTo} with the confirmation; or, refused, HTTP 422 and the page again ({@code pageAgain}). */
    String answer(Outcome outcome, String formName, Map<String, String> values, String redirectTo, Model model,
                  RedirectAttributes redirect, HttpServletResponse response, Supplier<String> pageAgain) {
        if (outcome.done()) {
            redirect.addFlashAttribute("confirmation", outcome.confirmation());
            return "redirect:" + redirectTo;
        }
        response.setStatus(422);
        model.addAttribute(REFUSED, new Refused(formName, outcome.errors(), new LinkedHashMap<>(values)));
        return pageAgain.get();
    }

    /**
     * What the templates read of a page's forms: {@code formErrors} and {@code formValues}, a map per form, empty but
     * for a refused one, whose errors show under the form {@code errorsShownUnder} names.
     */
    static void exposeForms(Model model, List<String> forms, UnaryOperator<String> errorsShownUnder) {
        Map<String, Map<String, String>> errors = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        forms.forEach(name -> {
            errors.put(name, Map.of());
            values.put(name, Map.of());
        });
        if (model.getAttribute(REFUSED) instanceof Refused refused) {
            errors.put(errorsShownUnder.apply(refused.form()), refused.errors());
            values.put(refused.form(), refused.values());
        }
        model.addAttribute("formErrors", errors);
        model.addAttribute("formValues", values);
    }

    /** A field read by {@code parser}, {@code null} if blank; an unreadable one leaves {@code null} and an error saying so. */
    <T> T parse(String value, Function<String, T> parser, String field, Map<String, String> errors, Locale locale) {
        return FormFields.parse(value, parser, field, errors,
                                unreadable -> messages.getMessage("form.unreadable", new Object[]{unreadable}, locale));
    }

    Integer integer(String value, String field, Map<String, String> errors, Locale locale) {
        return FormFields.parse(value, Integer::valueOf, field, errors,
                                unreadable -> messages.getMessage("form.notANumber", new Object[]{unreadable}, locale));
    }

    /** The problem's message under the field it names, or under the form's main field. */
    private static Map<String, String> fieldOf(ProblemDetail problem, String mainField) {
        Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
        return Map.of(field instanceof String named && !named.isBlank() ? named : mainField,
                      Objects.requireNonNullElse(problem.getDetail(), ""));
    }
}
