package fr.entente.infra.calendar;

import com.sun.net.httpserver.HttpServer;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** ical4j fetches nothing: no time zone update from a TZURL, whatever a calendar or the registry is asked. */
class ICalendarOfflineTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startAServerThatCountsRequests() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopTheServer() {
        server.stop(0);
    }

    @Test
    void readsItsConfigurationWithTimeZoneUpdatesOff() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    }

    @Test
    void neitherParsingATzurlNorLookingUpAZoneFetchesAnything() throws Exception {
        String tzurl = "http://127.0.0.1:" + server.getAddress().getPort() + "/zoneinfo/Europe/Paris.ics";
        String withTzurl = new ICalendarWriter("entente@localhost").write("Entente", List.of())
                .replace("TZID:Europe/Paris\r\n", "TZID:Europe/Paris\r\nTZURL:" + tzurl + "\r\n");

        Calendar parsed = new CalendarBuilder().build(new StringReader(withTzurl));
        TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("Europe/Paris").getVTimeZone();
        TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("America/Cayenne").getVTimeZone();

        assertThat(parsed.toString()).contains("TZURL:" + tzurl);
        assertThat(requests).hasValue(0);
    }
}
