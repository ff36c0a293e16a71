package fr.entente.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the meeting pages' forms are answered. Each goes through the API's own controller ({@link PageForm}): the same
 * checks, the same command path, the same French messages. A form that succeeds leads back to its page with a
 * confirmation (post, redirect, get); a refused one renders its page again with the errors next to the form, what was
 * typed kept, and nothing changed.
 */
@Component
class MeetingForms {

    static final String MEETING = "reunion";
    static final String LIVE = "reunion-direct";
    static final String MINUTES = "compte-rendu";
    private static final Map<String, String> PAGE_PATHS = Map.of(MEETING, "", LIVE, "/en-direct", MINUTES, "/compte-rendu");

    /** Where a submission came from, and how to answer it. */
    record Submission(String page, String cooperationId, String meetingId, Model model, RedirectAttributes redirect,
                      HttpServletResponse response, Locale locale) {
    }

    private final MeetingPagesController pages;
    private final MeetingPageModel model;
    private final PageForm form;
    private final MessageSource messages;

    MeetingForms(MeetingPagesController pages, MeetingPageModel model, PageForm form, MessageSource messages) {
        this.pages = pages;
        this.model = model;
        this.form = form;
        this.messages = messages;
    }

    static Submission on(String page, String cooperationId, String meetingId, Model model, RedirectAttributes redirect,
                         HttpServletResponse response, Locale locale) {
        return new Submission(page, cooperationId, meetingId, model, redirect, response, locale);
    }

    /** The meeting as the person sees it (404 page otherwise). */
    MeetingPageModel.SeenMeeting seen(String cooperationId, String meetingId, Model view) {
        return model.seen(cooperationId, meetingId, view);
    }

    String submit(Submission submission, String formName, Map<String, String> values, Object request,
                  Map<String, String> preliminaryErrors, String mainField, Supplier<String> action) {
        return submit(submission, formName, values, request, preliminaryErrors, mainField, action, submission.page());
    }

    /** As above, leading on success to {@code nextPage} rather than back to the form's page. */
    String submit(Submission submission, String formName, Map<String, String> values, Object request,
                  Map<String, String> preliminaryErrors, String mainField, Supplier<String> action, String nextPage) {
        PageForm.Outcome outcome = form.submit(request, preliminaryErrors, mainField, action);
        return form.answer(outcome, formName, values,
                           "/cooperations/" + submission.cooperationId() + "/reunions/" + submission.meetingId()
                           + PAGE_PATHS.get(nextPage),
                           submission.model(), submission.redirect(), submission.response(),
                           () -> pages.render(submission.cooperationId(), submission.meetingId(), submission.page(),
                                              submission.model(), submission.locale()));
    }

    <T> T parse(String value, Function<String, T> parser, String field, Map<String, String> errors, Locale locale) {
        return form.parse(value, parser, field, errors, locale);
    }

    Integer integer(String value, String field, Map<String, String> errors, Locale locale) {
        return form.integer(value, field, errors, locale);
    }

    String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
