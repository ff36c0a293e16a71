package fr.entente.common.api;

import fr.entente.common.api.DomainRuleViolationException.Kind;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the domain exceptions of the aggregate tests by what clients key on: kind, code and field. */
public final class RuleViolations {

    private RuleViolations() {
    }

    /** A domain rule violation with this code, concerning this field ({@code null}: the command as a whole). */
    public static Matcher<DomainRuleViolationException> ruleViolation(String code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolationException exception) {
                return code.equals(exception.code()) && java.util.Objects.equals(field, exception.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a domain rule violation with code ").appendValue(code)
                           .appendText(" on field ").appendValue(field);
            }
        };
    }

    /** A domain rule violation of this kind (the HTTP status to come), with this code, concerning this field. */
    public static Matcher<DomainRuleViolationException> ruleViolation(Kind kind, String code, String field) {
        Matcher<DomainRuleViolationException> codeAndField = ruleViolation(code, field);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolationException exception) {
                return exception.kind() == kind && codeAndField.matches(exception);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(kind + " ").appendDescriptionOf(codeAndField);
            }
        };
    }
}
