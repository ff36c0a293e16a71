package fr.entente.web.pages;

import org.springframework.ui.Model;

import java.util.List;
import java.util.Map;

/**
 * An act that cannot be undone (closing a meeting, removing a person from the cooperation) asks first, on a page of its
 * own that says what will happen; the act is done only by the form of that page, which works without scripts.
 *
 * @param title        what is about to be done
 * @param consequences what it will change, and what it will not
 * @param action       where the confirming form posts
 * @param fields       the form's hidden fields (the confirmation itself is added)
 * @param confirm      the confirming button's text
 * @param cancel       where "cancel" leads back
 */
public record Confirmation(String title, List<String> consequences, String action, Map<String, String> fields,
                           String confirm, String cancel) {

    /** The form field that says the person confirmed, and its value. */
    public static final String FIELD = "confirme";
    public static final String YES = "oui";

    public static boolean given(String value) {
        return YES.equals(value);
    }

    /** The page that asks. */
    public String ask(Model model) {
        model.addAttribute("asked", this);
        return "confirmation";
    }
}
