package fr.entente.forum;

import fr.entente.common.Required;
import fr.entente.forum.api.ForumLimits;
import fr.entente.forum.api.ForumRefusal;

import static fr.entente.forum.api.ForumRefusedException.refused;

/**
 * What people write in the forum, checked before anything is stored: a title is a one-line label without markup; a
 * post is Markdown of at most {@link ForumLimits#POST} characters, kept as typed (HTML in it is shown as text by every
 * page and mail, never run).
 */
final class ForumTexts {

    private ForumTexts() {
    }

    static String title(String title) {
        String stripped = Required.text(title, () -> refused(ForumRefusal.TITLE_REQUIRED));
        if (stripped.length() > ForumLimits.TITLE) {
            throw refused(ForumRefusal.TITLE_TOO_LONG, ForumLimits.TITLE);
        }
        if (stripped.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
            throw refused(ForumRefusal.TITLE_MARKUP);
        }
        return stripped;
    }

    static String description(String description) {
        String stripped = Required.optional(description);
        if (stripped != null && stripped.length() > ForumLimits.DESCRIPTION) {
            throw refused(ForumRefusal.DESCRIPTION_TOO_LONG, ForumLimits.DESCRIPTION);
        }
        return stripped;
    }

    /** A post's text: not blank, within the limit; trailing spaces are Markdown (a line break), so kept. */
    static String post(String text) {
        if (text == null || text.isBlank()) {
            throw refused(ForumRefusal.TEXT_REQUIRED);
        }
        if (text.length() > ForumLimits.POST) {
            throw refused(ForumRefusal.TEXT_TOO_LONG, ForumLimits.POST);
        }
        return text;
    }
}
