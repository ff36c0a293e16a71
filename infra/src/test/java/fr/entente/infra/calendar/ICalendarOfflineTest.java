package fr.entente.infra.calendar;

import fr.entente.testing.CountingHttpServer;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ical4j fetches nothing: no time zone update from a TZURL, whatever a calendar or the registry is asked. */
class ICalendarOfflineTest {

    @RegisterExtension
    final CountingHttpServer server = new CountingHttpServer();

    @Test
    void readsItsConfigurationWithTimeZoneUpdatesOff() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    }

    @Test
    void neitherParsingATzurlNorLookingUpAZoneFetchesAnything() throws Exception {
        String tzurl = server.baseUrl() + "/zoneinfo/Europe/Paris.ics";
        String withTzurl = new ICalendarWriter("entente@localhost").write("Entente", List.of())
                .replace("TZID:Europe/Paris\r\n", "TZID:Europe/Paris\r\nTZURL:" + tzurl + "\r\n");

        Calendar parsed = new CalendarBuilder().build(new StringReader(withTzurl));
        TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("Europe/Paris").getVTimeZone();
        TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("America/Cayenne").getVTimeZone();

        assertThat(parsed.toString()).contains("TZURL:" + tzurl);
        assertThat(server.requests()).isZero();
    }
}
