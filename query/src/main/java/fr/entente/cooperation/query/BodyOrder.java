package fr.entente.cooperation.query;

import fr.entente.cooperation.api.BodyKind;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** The order in which bodies are listed: by kind (steering committees first), then by name the French way, then by id. */
final class BodyOrder {

    private BodyOrder() {
    }

    static <T> Comparator<T> of(Function<T, BodyKind> kind, Function<T, String> name, Function<T, String> bodyId) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        return Comparator.comparing(kind)
                         .thenComparing(name, Comparator.nullsFirst(french::compare))
                         .thenComparing(bodyId);
    }
}
