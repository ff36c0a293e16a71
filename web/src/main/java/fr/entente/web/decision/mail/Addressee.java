package fr.entente.web.decision.mail;

import java.util.Locale;

/** Who an arbitration mail is for: their person id (for their own links), name, address and language. */
record Addressee(String personId, String name, String email, Locale locale) {
}
