package fr.entente.infra.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One meeting as a calendar application shows it. A calendar that subscribed to the feed replaces its copy of the
 * event with the same {@code uid} when {@code sequence} grows: bump it on every change, cancellation included.
 *
 * @param uid          stable and globally unique, e.g. {@code meeting-<id>@entente}
 * @param sequence     the revision, from 0, bumped on every change
 * @param start        when it starts, shown in Europe/Paris time whatever zone it is given in
 * @param end          when it ends, after {@code start}
 * @param summary      the title
 * @param description  the text, or null
 * @param location     where, or null
 * @param url          the meeting's page in the hub, or null
 * @param status       confirmed, or cancelled
 * @param lastModified when the meeting last changed
 */
public record CalendarEntry(String uid, int sequence, ZonedDateTime start, ZonedDateTime end, String summary,
                            String description, String location, URI url, Status status, Instant lastModified) {

    /** The zone of every meeting: the cooperations are French (overseas centres read it converted by their calendar). */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public enum Status { CONFIRMED, CANCELLED }

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastModified, "lastModified");
        if (sequence < 0) {
            throw new IllegalArgumentException("A sequence starts at 0: " + sequence);
        }
        start = start.withZoneSameInstant(PARIS);
        end = end.withZoneSameInstant(PARIS);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A meeting ends after it starts: " + start + " - " + end);
        }
    }
}
