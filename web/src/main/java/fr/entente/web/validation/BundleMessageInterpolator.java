package fr.entente.web.validation;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.springframework.context.MessageSource;
import org.springframework.validation.beanvalidation.MessageSourceResourceBundleLocator;

import java.util.Locale;

/**
 * Bean Validation's messages read from a {@link MessageSource}, with a constraint's number ({@code {max}},
 * {@code {min}}) written as the reader's language writes numbers: "20 000" in French, "20,000" in English.
 */
final class BundleMessageInterpolator extends ResourceBundleMessageInterpolator {

    BundleMessageInterpolator(MessageSource messages) {
        super(new MessageSourceResourceBundleLocator(messages));
    }

    @Override
    protected String interpolate(Context context, Locale locale, String term) {
        if (term.startsWith("{")) {
            Object value = context.getConstraintDescriptor().getAttributes().get(term.substring(1, term.length() - 1));
            if (value instanceof Integer || value instanceof Long) {
                return Numbers.inWords(((Number) value).longValue(), locale);
            }
        }
        return super.interpolate(context, locale, term);
    }
}
