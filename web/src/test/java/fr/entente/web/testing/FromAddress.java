package fr.entente.web.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signs in to the running hub from a loopback address of its own (127.0.0.2, 127.0.0.3…), as a person at another
 * address would: the hub sees that address as the client's. A plain socket, since Java 17's HTTP client cannot choose
 * its local address. The CSRF token is any value sent alike in the cookie and the header, as the double-submit
 * cookie allows.
 */
public record FromAddress(int port, String address) {

    /** The status and problem details (or JSON) of a sign-in as an API client. */
    public record Answer(int status, JsonNode body) {
    }

    public Answer signIn(String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                      + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        String request = "POST /connexion HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                         + "Accept: application/json\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                         + "Cookie: XSRF-TOKEN=from-address\r\nX-XSRF-TOKEN: from-address\r\n"
                         + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String response = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String content = response.substring(response.indexOf("\r\n\r\n") + 4);
            if (response.toLowerCase().contains("transfer-encoding: chunked")) {
                content = unchunked(content);
            }
            return new Answer(status, content.isBlank() ? null : ApiClient.JSON.readTree(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
