package fr.entente.testing;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server that answers 404 to everything and counts the requests it gets, one per test (a JUnit
 * extension: register it with {@code @RegisterExtension}). Tests that prove a library fetches nothing point its URLs
 * here and expect a count of zero.
 */
public final class CountingHttpServer implements BeforeEachCallback, AfterEachCallback {

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        requests.set(0);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop(0);
    }

    /** The server's base address, {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int requests() {
        return requests.get();
    }
}
