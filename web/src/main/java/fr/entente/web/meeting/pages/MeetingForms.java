package fr.entente.web.meeting.pages;

import fr.entente.web.pages.PageForm;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern LINE_FIELD = Pattern.compile("entries\\[(\\d+)]\\.(\\w+)");
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

    /**
     * A form of lines (the attendance sheet): a refusal naming {@code entries[i].field} is shown under the line of the
     * {@code i}-th key, as {@code field-<key>}.
     */
    String submitLines(Submission submission, String formName, Map<String, String> values, Object request,
                       List<String> lineKeys, Supplier<String> action) {
        PageForm.Outcome outcome = form.submit(request, Map.of(), "entries", action);
        if (!outcome.done()) {
            Map<String, String> byLine = new LinkedHashMap<>();
            outcome.errors().forEach((field, message) -> byLine.put(lineField(field, lineKeys), message));
            outcome = new PageForm.Outcome(null, byLine);
        }
        return form.answer(outcome, formName, values, submission.path(submission.page()), submission.redirect());
    }

    private static String lineField(String field, List<String> lineKeys) {
        Matcher line = LINE_FIELD.matcher(field);
        if (line.matches() && Integer.parseInt(line.group(1)) < lineKeys.size()) {
            return line.group(2) + "-" + lineKeys.get(Integer.parseInt(line.group(1)));
        }
        return field;
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
