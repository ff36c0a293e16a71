package fr.entente.infra.logchain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A day's checkpoint of the log: the chain's last link at the time, signed with the hub's private key. A director who
 * keeps one (it is a small JSON file) can later prove that the log up to {@code position} was not rewritten since.
 *
 * @param day       the day it was written for (Europe/Paris)
 * @param position  the last position the chain covered
 * @param linkHex   the chain's link at that position, in hexadecimal
 * @param signedAt  when it was signed
 * @param signature the Ed25519 signature of {@link #signedText()}, in base64
 */
@JsonIgnoreProperties(value = "signedText", allowGetters = true)
public record Checkpoint(LocalDate day, long position, String linkHex, Instant signedAt, String signature) {

    /** The exact text the signature covers, one {@code name=value} per line. */
    @JsonProperty("signedText")
    public String signedText() {
        return "entente-log-checkpoint:v1\nday=" + day + "\nposition=" + position + "\nlink=" + linkHex
               + "\nsignedAt=" + signedAt + "\n";
    }

    byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }

    Checkpoint signedWith(String signature) {
        return new Checkpoint(day, position, linkHex, signedAt, signature);
    }
}
