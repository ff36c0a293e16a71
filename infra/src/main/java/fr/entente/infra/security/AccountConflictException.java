package fr.entente.infra.security;

/** Another person's account already has this username or e-mail address: both are unique. */
public class AccountConflictException extends RuntimeException {

    /** Which of the account's unique fields is taken: {@code username} or {@code email}. */
    private final String field;

    public AccountConflictException(String field) {
        super("Another account already has this " + field);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
