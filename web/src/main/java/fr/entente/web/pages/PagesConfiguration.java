package fr.entente.web.pages;

import fr.entente.infra.security.PersonAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language, for the pages and the API's refusals alike: the one the person chose with the layout's
 * switch ({@code ?lang=en}), kept in the {@code entente-lang} cookie and the person's account ({@link RememberedLanguage});
 * otherwise the {@link DefaultLanguage}. Texts
 * come from {@code messages.properties} and {@code refusals.properties} (French) and their {@code _en} twins.
 */
@Configuration(proxyBeanMethods = false)
public class PagesConfiguration implements WebMvcConfigurer {

    /** The bean name Spring MVC looks the resolver up by. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver(PersonAccounts accounts) {
        return new RememberedLanguage(accounts);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
