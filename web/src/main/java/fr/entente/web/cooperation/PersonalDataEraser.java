package fr.entente.web.cooperation;

import fr.entente.cooperation.api.PersonErasedEvent;
import fr.entente.infra.security.CalendarFeedTokens;
import fr.entente.infra.security.PersonAccounts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Carries out an erasure recorded in the log: the person's account (username, name, e-mail, password, language,
 * pending invitation) and calendar feed token leave the hub. Replayed, it erases again, which changes nothing. The
 * memberships already ended with the removal that precedes every erasure, and with them any session.
 */
@Component
@ProcessingGroup(PersonalDataEraser.PROCESSING_GROUP)
class PersonalDataEraser {

    static final String PROCESSING_GROUP = "personal-data";

    private final PersonAccounts accounts;
    private final CalendarFeedTokens feeds;

    PersonalDataEraser(PersonAccounts accounts, CalendarFeedTokens feeds) {
        this.accounts = accounts;
        this.feeds = feeds;
    }

    @EventHandler
    void on(PersonErasedEvent event) {
        accounts.erase(event.personId());
        feeds.forget(event.personId());
    }
}
