package fr.entente.web.pages;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The language of a reader who chose none: French on the pages, the client's preference on the API. */
class DefaultLanguageTest {

    private final DefaultLanguage language = new DefaultLanguage();

    @Test
    void answersPagesInFrenchEvenToABrowserAskingForEnglish() {
        assertThat(language.apply(request("/cooperations/hauts-de-france", "en-US,en;q=0.9"))).isEqualTo(Locale.FRENCH);
    }

    @Test
    void answersTheApiInEnglishToAClientPreferringIt() {
        assertThat(language.apply(request("/api/me", "en-US,en;q=0.9,fr;q=0.8"))).isEqualTo(Locale.ENGLISH);
        assertThat(language.apply(request("/api/me", "de-DE,en;q=0.5"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void answersTheApiInFrenchOtherwise() {
        assertThat(language.apply(request("/api/me", "fr-FR,fr;q=0.9,en;q=0.8"))).isEqualTo(Locale.FRENCH);
        assertThat(language.apply(request("/api/me", "de-DE"))).isEqualTo(Locale.FRENCH);
        assertThat(language.apply(request("/api/me", null))).isEqualTo(Locale.FRENCH);
        assertThat(language.apply(request("/api/me", "en;q=nonsense"))).isEqualTo(Locale.FRENCH);
    }

    private static MockHttpServletRequest request(String path, String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
