package fr.entente.web.validation;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The one validator of the API's requests and the pages' forms: its {@code {key}} messages come from the
 * application's bundles ({@code refusals*.properties}), in the language of the request being answered.
 */
@Configuration(proxyBeanMethods = false)
public class ValidationConfiguration {

    /** Replaces Spring Boot's default validator, which Spring MVC and method validation then use too. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static LocalValidatorFactoryBean defaultValidator(MessageSource messages) {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setMessageInterpolator(new BundleMessageInterpolator(messages));
        return validator;
    }
}
