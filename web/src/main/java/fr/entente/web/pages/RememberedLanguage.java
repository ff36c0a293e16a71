package fr.entente.web.pages;

import fr.entente.infra.security.PersonAccounts;
import fr.entente.infra.security.PersonPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The reader's language, kept in the {@code entente-lang} cookie for the pages; when a signed-in person chooses one,
 * it is also written to their account, so that the e-mails the hub sends them later are in that language too.
 */
final class RememberedLanguage extends CookieLocaleResolver {

    private static final List<String> SPOKEN = List.of("fr", "en");

    private final PersonAccounts accounts;

    RememberedLanguage(PersonAccounts accounts) {
        super("entente-lang");
        this.accounts = accounts;
        setDefaultLocaleFunction(new DefaultLanguage());
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Lax");
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (locale != null && SPOKEN.contains(locale.getLanguage())
            && authentication != null && authentication.getPrincipal() instanceof PersonPrincipal person) {
            accounts.chooseLanguage(person.personId(), locale);
        }
    }
}
