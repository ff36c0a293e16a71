package fr.entente.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client of the running hub as an API client would be: its own cookies (session and XSRF-TOKEN), the CSRF token
 * copied into the X-XSRF-TOKEN header of every unsafe request, sign-in through the form endpoint. No redirects
 * followed, so that tests see them.
 */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final CookieManager cookies;
    private final HttpClient http;
    private String acceptLanguage;

    public ApiClient(int port) {
        this(port, new CookieManager());
    }

    private ApiClient(int port, CookieManager cookies) {
        this.port = port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                              .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * The same person's browser talking to another node of the hub (another port on this machine): the same cookies,
     * kept in common from now on.
     */
    public ApiClient onPort(int otherPort) {
        return new ApiClient(otherPort, cookies);
    }

    /** A client signed in as this person, or an assertion error saying why not. */
    public static ApiClient signedIn(int port, String username, String password) {
        ApiClient client = new ApiClient(port);
        Response response = client.signIn(username, password);
        if (response.status() != 200) {
            throw new AssertionError("sign-in of " + username + " failed: " + response);
        }
        return client;
    }

    /** From now on, every request says which languages its reader prefers ({@code Accept-Language}). */
    public ApiClient acceptingLanguage(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    /** Chooses a language as a person does with the pages' switch ({@code ?lang=}): the hub keeps it in a cookie. */
    public ApiClient choosingLanguage(String language) {
        Response chosen = get("/api/me?lang=" + language);
        if (cookie("entente-lang").filter(language::equals).isEmpty()) {
            throw new AssertionError("the hub kept no language choice: " + chosen);
        }
        return this;
    }

    /** Signs in as an API client: the form fields, Accept: application/json. */
    public Response signIn(String username, String password) {
        return form("/connexion", Map.of("username", username, "password", password), "application/json");
    }

    public Response form(String path, Map<String, String> fields, String accept) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                                 .header("Accept", accept)
                                 .header("X-XSRF-TOKEN", csrfToken())
                                 .POST(BodyPublishers.ofString(body)));
    }

    public Response get(String path) {
        return send(request(path).header("Accept", "application/json").GET());
    }

    /** A GET asking for another format than JSON (a CSV export), and problem details if refused. */
    public Response getAccepting(String path, String accept) {
        return send(request(path).header("Accept", accept + ", application/problem+json").GET());
    }

    /** A GET of a binary answer (a PDF): its status, content type and bytes. */
    public HttpResponse<byte[]> getBytes(String path, String accept) {
        try {
            return http.send(request(path).header("Accept", accept + ", application/problem+json").GET().build(),
                             HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response getPage(String path) {
        return send(request(path).header("Accept", "text/html").GET());
    }

    public Response post(String path, String json) {
        return write("POST", path, BodyPublishers.ofString(json), "application/json");
    }

    public Response put(String path, String json) {
        return write("PUT", path, BodyPublishers.ofString(json), "application/json");
    }

    public Response delete(String path) {
        return write("DELETE", path, BodyPublishers.noBody(), "application/json");
    }

    /** An unsafe request with the CSRF header, any body publisher and content type. */
    public Response write(String method, String path, BodyPublisher body, String contentType) {
        return send(request(path).header("Content-Type", contentType).header("Accept", "application/json")
                                 .header("X-XSRF-TOKEN", csrfToken()).method(method, body));
    }

    /**
     * A multipart/form-data POST (a file upload) with the CSRF header: these text fields, and the file's bytes under
     * the field {@code file} with this file name ({@code null}: no file part at all).
     */
    public Response multipart(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "entente-test-" + java.util.UUID.randomUUID();
        java.util.List<byte[]> parts = new java.util.ArrayList<>();
        fields.forEach((name, value) -> parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                                                   + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (fileName != null) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                       + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                              .getBytes(StandardCharsets.UTF_8));
            parts.add(content);
            parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return write("POST", path, BodyPublishers.ofByteArrays(parts), "multipart/form-data; boundary=" + boundary);
    }

    /**
     * A multipart upload of a file streamed from the disk (never held in memory), under the field {@code file}, with
     * these text fields; it may take up to {@code patience}.
     */
    public Response multipartFile(String path, Map<String, String> fields, String fileName, java.nio.file.Path file,
                                  Duration patience) {
        String boundary = "entente-test-" + java.util.UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                                            .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
            .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        try {
            BodyPublisher body = java.net.http.HttpRequest.BodyPublishers.concat(
                    BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8), BodyPublishers.ofFile(file),
                    BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8));
            return send(request(path).timeout(patience)
                                     .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                     .header("Accept", "application/json").header("X-XSRF-TOKEN", csrfToken())
                                     .POST(body));
        } catch (java.io.FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET whose body is read as a stream (a large download), within {@code patience}. */
    public HttpResponse<java.io.InputStream> getStream(String path, Duration patience) {
        try {
            return http.send(request(path).timeout(patience).header("Accept", "*/*").GET().build(),
                             HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET of a binary answer with more headers (a Range): its status, headers and bytes. */
    public HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Accept", "*/*");
        headers.forEach(request::header);
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An unsafe request without the CSRF header. */
    public Response postWithoutCsrf(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                                 .POST(BodyPublishers.ofString(json)));
    }

    /** The XSRF-TOKEN cookie's value, fetched first if this client has none yet. */
    public String csrfToken() {
        return cookie("XSRF-TOKEN").or(() -> {
            get("/api/csrf");
            return cookie("XSRF-TOKEN");
        }).orElseThrow(() -> new AssertionError("the hub set no XSRF-TOKEN cookie"));
    }

    /** The Cookie header this client would send (for a request made by hand on a socket). */
    public String cookieHeader() {
        csrfToken();
        return cookies.getCookieStore().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                      .collect(Collectors.joining("; "));
    }

    private java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                      .map(HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                                 .timeout(Duration.ofSeconds(30));
        return acceptLanguage == null ? request : request.header("Accept-Language", acceptLanguage);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                                response.headers().firstValue("Location").orElse(null), response.body(),
                                response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An answer of the hub. */
    public record Response(int status, String contentType, String location, String body,
                           Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + this, e);
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (location == null ? "" : "-> " + location + " ") + body;
        }
    }
}
