package fr.entente.web.decision.mail;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the vote in a reply to an arbitration mail: the first word the person wrote, before the quoted mail (lines
 * starting with "&gt;", and what follows "Le … a écrit :", "On … wrote:", "-----Original Message-----", "De :" or
 * "From:"), compared to the decision's options with case and accents ignored: "Pour, d'accord sur le principe" is
 * pour; "ABSTENTION" is abstention. Anything else reads as nothing.
 */
final class ReplyReading {

    private static final Pattern QUOTE_START = Pattern.compile(
            "^\\s*(le .+ a écrit\\s*:|on .+ wrote:|-+\\s*original message\\s*-+|de\\s*:|from\\s*:|envoyé\\s*:|sent\\s*:).*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ReplyReading() {
    }

    /** The option the reply's first word names, if it names one. */
    static Optional<String> vote(String reply, List<String> options) {
        return firstWord(reply).flatMap(word -> options.stream().filter(option -> plain(option).equals(word)).findFirst());
    }

    static Optional<String> firstWord(String reply) {
        if (reply == null) {
            return Optional.empty();
        }
        for (String line : reply.split("\\R")) {
            if (line.stripLeading().startsWith(">") || QUOTE_START.matcher(line).matches()) {
                return Optional.empty();
            }
            Matcher word = FIRST_WORD.matcher(line);
            if (word.find()) {
                return Optional.of(plain(word.group()));
            }
        }
        return Optional.empty();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
