package fr.entente.web.validation;

import java.util.Locale;

/** Numbers as the hub's sentences write them. */
final class Numbers {

    private Numbers() {
    }

    /**
     * Grouped by thousands as the language does, with a plain space where the JDK puts a (narrow) no-break one in
     * French: the sentences have always been written that way, and people search them with the space they type.
     */
    static String inWords(long number, Locale locale) {
        return String.format(locale, "%,d", number).replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
