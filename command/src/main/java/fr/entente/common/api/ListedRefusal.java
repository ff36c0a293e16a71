package fr.entente.common.api;

import java.util.List;

/**
 * A refusal listed in its context's enum, which gives its {@link Terms} once, where it is declared: the accessors every
 * {@link Refusal} has read them, so that no enum writes them again.
 */
public interface ListedRefusal extends Refusal {

    /** What a refusal is declared with: its code, its kind, the field at fault ({@code null}: none) and its arguments. */
    record Terms(String code, Kind kind, String field, List<String> arguments) {

        public Terms(String code, Kind kind, String field, String... arguments) {
            this(code, kind, field, List.of(arguments));
        }
    }

    Terms terms();

    @Override
    default String code() {
        return terms().code();
    }

    @Override
    default Kind kind() {
        return terms().kind();
    }

    @Override
    default String field() {
        return terms().field();
    }

    @Override
    default List<String> arguments() {
        return terms().arguments();
    }
}
