package fr.entente.web.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries, pages, API, static files and errors alike: a Content-Security-Policy without
 * {@code unsafe-inline} (the templates load every script and style from the hub's own files; the JSON that pages
 * read sits in {@code <script type="application/json">} blocks, which are data and never run), no referrer sent to
 * other sites (a calendar feed's address carries its secret), and no powerful browser feature for anyone.
 */
public final class ResponseHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            // Swagger UI draws its icons from data: URLs
            "img-src 'self' data:",
            "font-src 'self'",
            // the live updates' WebSocket is on the hub itself
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    public static final String REFERRER_POLICY = "same-origin";
    public static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "geolocation=()", "gyroscope=()", "magnetometer=()", "microphone=()",
            "payment=()", "usb=()");

    private ResponseHeaders() {
    }

    public static void addTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    }
}
