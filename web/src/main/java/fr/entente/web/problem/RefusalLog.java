package fr.entente.web.problem;

import fr.entente.infra.logging.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line at INFO for each refused request: a refusal is the hub doing its job, not an error, so no stack trace.
 * The line says what clients key on (the code and the field), never the values sent, which may be personal.
 */
final class RefusalLog {

    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    private RefusalLog() {
    }

    static void refused(String code, Object field) {
        if (field == null) {
            log.info("Refused: {}", LogText.escape(code));
        } else {
            // a field's name can come from the request itself (an unknown JSON property): escaped onto this line
            log.info("Refused: {} on {}", LogText.escape(code), LogText.escape(field));
        }
    }
}
