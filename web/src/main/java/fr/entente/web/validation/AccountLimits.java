package fr.entente.web.validation;

/** How long what describes an account may be: for the API's validation and the pages' {@code maxlength} alike. */
public final class AccountLimits {

    /** A person's name as others see it. */
    public static final int DISPLAY_NAME = 120;
    /** The longest address SMTP carries (RFC 5321). */
    public static final int EMAIL = 254;
    public static final int SHORTEST_USERNAME = 3;
    public static final int USERNAME = 60;
    /** Longer than any password accepted ({@link AcceptablePassword}), shorter than an abuse. */
    public static final int CURRENT_PASSWORD = 200;

    private AccountLimits() {
    }
}
