package fr.entente.web.validation;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How hard a password is to guess, as nbvcxz estimates it (zxcvbn's method: dictionaries of common passwords, names
 * and words, keyboard runs, repeats, sequences, dates, leet), with French common passwords and the hub's own words
 * added ({@code passwords/common-fr.txt}), which its English dictionaries miss. A password is strong enough at
 * {@value #MINIMUM_BITS} bits: {@code aaaaaaaaaaaa} has 8, {@code azertyuiop123} 16, a sentence of four French
 * words well over 50.
 */
public final class PasswordStrength {

    static final double MINIMUM_BITS = 40;
    private static final String FRENCH_LIST = "passwords/common-fr.txt";

    /** Built once: loading the dictionaries takes a while, estimating then takes milliseconds. */
    private static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder()
            .setDictionaries(dictionaries())
            .setMinimumEntropy(MINIMUM_BITS)
            .setLocale(Locale.FRENCH)
            .createConfiguration());

    private PasswordStrength() {
    }

    public static boolean strongEnough(String password) {
        return ESTIMATOR.estimate(password).getEntropy() >= MINIMUM_BITS;
    }

    /** Whether the password has the characters and bytes {@link AcceptablePassword} asks, strength aside. */
    static boolean withinLength(String password, int min, int maxBytes) {
        return password != null
               && password.codePointCount(0, password.length()) >= min
               && password.getBytes(StandardCharsets.UTF_8).length <= maxBytes;
    }

    /**
     * What a page that takes a password checks, as the API does: empty if acceptable, otherwise the key of the
     * refusal's sentence ({@code account.password-unacceptable} or {@code account.password-too-weak}).
     */
    public static Optional<String> refusalOf(String password) {
        if (!withinLength(password, AcceptablePassword.MIN_LENGTH, AcceptablePassword.MAX_BYTES)) {
            return Optional.of("account.password-unacceptable");
        }
        return strongEnough(password) ? Optional.empty() : Optional.of("account.password-too-weak");
    }

    private static List<Dictionary> dictionaries() {
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder french = new DictionaryBuilder().setDictionaryName("common-fr").setExclusion(false);
        List<String> words = frenchWords();
        for (int rank = 0; rank < words.size(); rank++) {
            french.addWord(words.get(rank), rank + 1);
        }
        dictionaries.add(french.createDictionary());
        return dictionaries;
    }

    private static List<String> frenchWords() {
        InputStream list = PasswordStrength.class.getClassLoader().getResourceAsStream(FRENCH_LIST);
        if (list == null) {
            throw new IllegalStateException("The list of common passwords is missing: " + FRENCH_LIST);
        }
        List<String> words = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
