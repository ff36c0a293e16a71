package fr.entente.web.meeting.pages;

import fr.entente.web.pages.PageForm;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the meeting pages' forms are answered ({@link PageForm}): the same checks as the API, then the meetings'
 * application layer; back to the form's page in every case (post, redirect, get), with a confirmation once the page
 * shows what the form did, or with the errors next to the form and what was typed kept.
 */
@Component
class MeetingForms {

    static final String MEETING = "reunion";
    static final String LIVE = "reunion-direct";
    static final String MINUTES = "compte-rendu";
    private static final Map<String, String> PAGE_PATHS = Map.of(MEETING, "", LIVE, "/en-direct", MINUTES, "/compte-rendu");

    /** Where a form was sent from: a page of a meeting. */
    record Submission(String page, String cooperationId, String meetingId, RedirectAttributes redirect, Locale locale) {

        String path(String page) {
            return "/cooperations/" + cooperationId + "/reunions/" + meetingId + PAGE_PATHS.get(page);
        }
    }

    private final PageForm form;

    MeetingForms(PageForm form) {
        this.form = form;
    }

    static Submission on(String page, String cooperationId, String meetingId, RedirectAttributes redirect, Locale locale) {
        return new Submission(page, cooperationId, meetingId, redirect, locale);
    }

    String submit(Submission submission, String formName, Map<String, String> values, Object request,
                  Map<String, String> preliminaryErrors, String mainField, Supplier<String> action) {
        return submit(submission, formName, values, request, preliminaryErrors, mainField, action, submission.page());
    }

    /** As above, leading on success to {@code nextPage} rather than back to the form's page. */
    String submit(Submission submission, String formName, Map<String, String> values, Object request,
                  Map<String, String> preliminaryErrors, String mainField, Supplier<String> action, String nextPage) {
        PageForm.Outcome outcome = form.submit(request, preliminaryErrors, mainField, action);
        return form.answer(outcome, formName, values, submission.path(submission.page()), submission.path(nextPage),
                           submission.redirect());
    }

    <T> T parse(String value, Function<String, T> parser, String field, Map<String, String> errors, Locale locale) {
        return form.parse(value, parser, field, errors, locale);
    }

    Integer integer(String value, String field, Map<String, String> errors, Locale locale) {
        return form.integer(value, field, errors, locale);
    }

    String text(Locale locale, String key, Object... arguments) {
        return form.text(locale, key, arguments);
    }
}
