package fr.entente.web.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entente.audit.query.TrailFilter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The trail the filters give, whole, as CSV or JSON, read page after page so that a long export never holds the trail
 * in memory. Access is checked before anything is written, so that a refusal is still problem details.
 */
@Component
public class TrailExport {

    /** An export ready to write, access already checked. */
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String[] HEADER = {"position", "at", "sentence", "actorId", "actor", "organisationId",
            "organisation", "type", "kind", "bodyId", "body", "meetingId", "meeting", "correlationId"};

    private final AuditTrail trail;
    private final ObjectMapper json;

    public TrailExport(AuditTrail trail, ObjectMapper json) {
        this.trail = trail;
        this.json = json;
    }

    public Writer csv(String cooperationId, TrailFilter filter, Locale locale) {
        AuditTrail.Page first = trail.page(cooperationId, filter, null, AuditTrail.MOST_PER_PAGE, locale);
        return out -> {
            java.io.Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.write('\uFEFF'); // spreadsheet programs read UTF-8 by this mark
            try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
                forEachAct(cooperationId, filter, locale, first, act -> csv.printRecord(act.position(), act.at(), act.sentence(),
                        act.actorId(), act.actorName(), act.organisationId(), act.organisationName(), act.type(),
                        act.context(), act.bodyId(), act.bodyName(), act.meetingId(), act.meetingTitle(), act.correlationId()));
            }
        };
    }

    public Writer json(String cooperationId, TrailFilter filter, Locale locale) {
        AuditTrail.Page first = trail.page(cooperationId, filter, null, AuditTrail.MOST_PER_PAGE, locale);
        return out -> {
            try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
                generator.writeStartArray();
                forEachAct(cooperationId, filter, locale, first, act -> json.writeValue(generator, act));
                generator.writeEndArray();
            }
        };
    }

    private interface ActWriter {
        void write(AuditTrail.Act act) throws IOException;
    }

    private void forEachAct(String cooperationId, TrailFilter filter, Locale locale, AuditTrail.Page first,
                            ActWriter writer) throws IOException {
        AuditTrail.Page page = first;
        while (true) {
            for (AuditTrail.Act act : page.acts()) {
                writer.write(act);
            }
            if (page.nextBefore() == null) {
                return;
            }
            page = trail.page(cooperationId, filter, page.nextBefore(), AuditTrail.MOST_PER_PAGE, locale);
        }
    }
}
