package fr.entente.web.cooperation.pages;

import fr.entente.web.pages.PageForm;
import fr.entente.web.cooperation.DirectoryReading;
import fr.entente.web.cooperation.CooperationPeople;
import fr.entente.web.cooperation.DirectoryResults;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.web.security.CooperationAccess;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the administration page's forms are answered, for the cooperation's administrators only (403 page for its
 * other members, 404 for anyone else). Each goes through the API's own controller ({@link PageForm}); a form that
 * succeeds leads back to the page with a confirmation, a refused one renders the page again with its errors next to
 * the form and what was typed kept.
 */
@Component
public class AdministrationForms {

    private final CooperationAccess access;
    private final DirectoryReading directory;
    private final CooperationPeople people;
    private final PageForm form;
    private final MessageSource messages;

    AdministrationForms(CooperationAccess access, DirectoryReading directory,
                        CooperationPeople people, PageForm form, MessageSource messages) {
        this.access = access;
        this.directory = directory;
        this.people = people;
        this.form = form;
        this.messages = messages;
    }

    String submit(String cooperationId, String formName, Map<String, String> values, Object request,
                  Map<String, String> preliminaryErrors, String mainField, Supplier<String> action,
                  RedirectAttributes redirect) {
        administratorOf(cooperationId);
        PageForm.Outcome outcome = form.submit(request, preliminaryErrors, mainField, action);
        return form.answer(outcome, formName, values, "/cooperations/" + cooperationId + "/administration", redirect);
    }

    /** The administrators only: others get the 403 page (and people of other cooperations the 404 page). */
    void administratorOf(String cooperationId) {
        if (!access.membershipIn(cooperationId).administrator()) {
            throw CooperationRefusedException.refused(CooperationRefusal.ADMINISTRATOR_REQUIRED);
        }
    }

    Map<String, String> bodyChosen(String bodyId, Locale locale) {
        return bodyId.isBlank() ? Map.of("bodyId", text(locale, "admin.body.required")) : Map.of();
    }

    String bodyName(String cooperationId, String bodyId) {
        DirectoryResults.Body body = directory.body(cooperationId, bodyId);
        return Objects.requireNonNullElse(body.name(), body.bodyId());
    }

    /** The read models follow the log a moment later: a name is read from the people's accounts. */
    String nameOf(String personId) {
        return people.displayNameOf(personId);
    }

    String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
