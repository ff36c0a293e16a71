package fr.entente.common.api;

import fr.entente.common.api.Refusal.Kind;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Arrays;
import java.util.Objects;

/** Matches the refusals of the aggregate tests by what clients key on: kind, code and field. */
public final class RuleViolations {

    private RuleViolations() {
    }

    /** A refusal with this code, concerning this field ({@code null}: the command as a whole). */
    public static Matcher<RefusedException> ruleViolation(String code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RefusedException exception) {
                return code.equals(exception.code()) && Objects.equals(field, exception.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code ").appendValue(code)
                           .appendText(" on field ").appendValue(field);
            }
        };
    }

    /** A refusal of this kind (the HTTP status to come), with this code, concerning this field. */
    public static Matcher<RefusedException> ruleViolation(Kind kind, String code, String field) {
        Matcher<RefusedException> codeAndField = ruleViolation(code, field);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RefusedException exception) {
                return exception.kind() == kind && codeAndField.matches(exception);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(kind + " ").appendDescriptionOf(codeAndField);
            }
        };
    }

    /** A refusal with the code and kind of {@code expected}, concerning this field. */
    public static Matcher<RefusedException> ruleViolation(Refusal expected, String field) {
        return ruleViolation(expected.kind(), expected.code(), field);
    }

    /** A refusal whose sentence is filled with these values, in this order. */
    public static Matcher<RefusedException> withArguments(Object... arguments) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RefusedException exception) {
                return Arrays.asList(arguments).equals(exception.arguments());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with the arguments ").appendValueList("[", ", ", "]", arguments);
            }
        };
    }
}
