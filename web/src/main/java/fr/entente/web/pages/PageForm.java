package fr.entente.web.pages;

import fr.entente.web.application.WrittenPosition;
import fr.entente.web.problem.CommandProblemsAdvice;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.common.api.Refusal;
import fr.entente.common.api.RefusedException;
import fr.entente.web.problem.WebRefusal;
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
 * Submits a form of a page: checks the request as the API does (its bean-validation messages, in the reader's
 * language), runs it through the context's application layer, and turns a refusal into messages by field, in the
 * reader's language too: under the field the problem names or the form's main field. A refusal that concerns the whole
 * page (the cooperation is not visible, the thing the form acts on does not exist or may not be seen) is not a form
 * error: it propagates, and the page answers 404; a page reserved to some (administration) checks that itself before
 * the form is submitted, and answers 403.
 * <p>
 * Then answers as every page's forms do, post, redirect, get: back to the page's own address with a confirmation, and
 * the position of what the form wrote, so that the page shows it ({@link ReadYourWrites}); or, refused, back to the
 * page's own address too, with the errors next to the form and what was typed kept. The address bar never keeps a
 * form's address, and a reload never sends a form again.
 */
@Component
public class PageForm {

    /** What became of a submission: the confirmation to show, or the errors by field (never both). */
    public record Outcome(String confirmation, Map<String, String> errors) {

        public boolean done() {
            return confirmation != null;
        }
    }

    /**
     * A refused form, for the page shown again: its name, its errors by field, what was typed. A flash attribute, so
     * it lives in the session for one redirect: serializable for when the store keeps the sessions.
     */
    private record Refused(String form, Map<String, String> errors, Map<String, String> values) implements java.io.Serializable {
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

    public Outcome submit(Object request, Map<String, String> preliminaryErrors, String mainField, Supplier<String> action) {
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

    /** What the form acts on does not exist, or may not be seen: the page answers 404, not the form. */
    private static boolean concernsTheWholePage(RefusedException refused) {
        return refused.kind() == Refusal.Kind.NOT_FOUND && refused.field() == null;
    }

    /**
     * Back to {@code pagePath} in every case: with the confirmation and what was written, or with the refused form's
     * errors and values ({@code nextPath} when the form succeeded and leads elsewhere).
     */
    public String answer(Outcome outcome, String formName, Map<String, String> values, String pagePath, String nextPath,
                         RedirectAttributes redirect) {
        if (outcome.done()) {
            redirect.addFlashAttribute("confirmation", outcome.confirmation());
            WrittenPosition.ofThisRequest().ifPresent(position -> redirect.addFlashAttribute(ReadYourWrites.WRITTEN, position));
            return "redirect:" + nextPath;
        }
        redirect.addFlashAttribute(REFUSED, new Refused(formName, new LinkedHashMap<>(outcome.errors()), new LinkedHashMap<>(values)));
        return "redirect:" + pagePath;
    }

    public String answer(Outcome outcome, String formName, Map<String, String> values, String pagePath,
                         RedirectAttributes redirect) {
        return answer(outcome, formName, values, pagePath, pagePath, redirect);
    }

    /** Whether the page is shown again after a refused form. */
    public static boolean refused(Model model) {
        return model.getAttribute(REFUSED) instanceof Refused;
    }

    /**
     * What the templates read of a page's forms: {@code formErrors} and {@code formValues}, a map per form, empty but
     * for a refused one, whose errors show under the form {@code errorsShownUnder} names.
     */
    public static void exposeForms(Model model, List<String> forms, UnaryOperator<String> errorsShownUnder) {
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
    public <T> T parse(String value, Function<String, T> parser, String field, Map<String, String> errors, Locale locale) {
        return FormFields.parse(value, parser, field, errors,
                                unreadable -> messages.getMessage("form.unreadable", new Object[]{unreadable}, locale));
    }

    public Integer integer(String value, String field, Map<String, String> errors, Locale locale) {
        return FormFields.parse(value, Integer::valueOf, field, errors,
                                unreadable -> messages.getMessage("form.notANumber", new Object[]{unreadable}, locale));
    }

    public String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The problem's message under the field it names, or under the form's main field. */
    private static Map<String, String> fieldOf(ProblemDetail problem, String mainField) {
        Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
        return Map.of(field instanceof String named && !named.isBlank() ? named : mainField,
                      Objects.requireNonNullElse(problem.getDetail(), ""));
    }
}
