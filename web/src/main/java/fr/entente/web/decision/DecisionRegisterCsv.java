package fr.entente.web.decision;

import fr.entente.decision.query.DecisionStatus;
import fr.entente.decision.query.DecisionSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A body's register as CSV (RFC 4180: comma-separated, fields quoted, quotes doubled, CRLF lines), in the reader's
 * language: number, date of the close (Paris), question, outcome, centres that voted out of the voting centres,
 * annulment. A field that a spreadsheet would take for a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
@Component
public class DecisionRegisterCsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Europe/Paris"));

    private final MessageSource messages;

    DecisionRegisterCsv(MessageSource messages) {
        this.messages = messages;
    }

    public String of(List<DecisionSummary> register, Locale locale) {
        StringBuilder csv = new StringBuilder();
        line(csv, Stream.of("number", "closedOn", "question", "outcome", "voted", "annulled")
                        .map(column -> text("decision.csv." + column, locale)).toList());
        for (DecisionSummary decision : register) {
            line(csv, List.of(decision.reference(),
                              decision.closedAt() == null ? "" : DAY.format(decision.closedAt()),
                              decision.question(),
                              decision.outcome() == null ? "" : text("decision.outcome." + decision.outcome(), locale)
                                      + (decision.adoptedOption() == null ? "" : " (" + decision.adoptedOption() + ")"),
                              decision.centresVoted() + "/" + decision.electorateSize(),
                              decision.status() == DecisionStatus.ANNULLED ? decision.annulmentReason() : ""));
        }
        return csv.toString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(DecisionRegisterCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

}
