package fr.entente.web.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person signed in to the running hub through its sign-in form, as a browser does: session cookie and all. */
public final class SignedInSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies;
    private final HttpClient http;

    private SignedInSession(int port, CookieManager cookies, HttpClient http) {
        this.port = port;
        this.cookies = cookies;
        this.http = http;
    }

    public static SignedInSession signIn(int port, String username, String password)
            throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/connexion")).build(),
                                              HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token: " + form.statusCode());
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/connexion"))
                           .header("Content-Type", "application/x-www-form-urlencoded")
                           .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " refused: " + signedIn.statusCode() + " " + location);
        }
        return new SignedInSession(port, cookies, http);
    }

    /** Chooses a language as the layout's switch does ({@code ?lang=}): the hub keeps it in a cookie. */
    public SignedInSession choosingLanguage(String language) throws IOException, InterruptedException {
        get("/?lang=" + language);
        return this;
    }

    /** A GET as this person. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The page a refused form leads back to: the form's answer is a redirect (post, redirect, get) to the page's own
     * address, never the form's; the page then shows the errors next to the form and what was typed.
     */
    public String refusedAt(String pagePath, HttpResponse<String> answer) throws IOException, InterruptedException {
        if (answer.statusCode() != 302) {
            throw new AssertionError("A refused form answers with a redirect to its page, not " + answer.statusCode());
        }
        String location = answer.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        if (!location.replaceFirst("#.*$", "").equals(pagePath)) {
            throw new AssertionError("A refused form leads back to " + pagePath + ", not " + location);
        }
        HttpResponse<String> page = get(location.replaceFirst("#.*$", ""));
        if (page.statusCode() != 200) {
            throw new AssertionError("The page after a refused form answers " + page.statusCode());
        }
        return page.body();
    }

    /**
     * Submits a form of a page as this person, as a browser would: URL-encoded fields and the CSRF token the page
     * rendered; the redirect, if any, is not followed (its {@code Location} tells where it leads).
     */
    public HttpResponse<String> postForm(String pagePath, String formPath, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(pagePath).body());
        if (!token.find()) {
            throw new IllegalStateException("The page " + pagePath + " has no CSRF token");
        }
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                            .collect(Collectors.joining("&", "", "&_csrf=" + encode(token.group(1))));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + formPath))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code Cookie} header a WebSocket handshake sends to be recognised as this person. */
    public String cookieHeader() {
        return cookies.getCookieStore().get(URI.create("http://localhost:" + port)).stream()
                      .map(HttpCookie::toString).collect(Collectors.joining("; "));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
