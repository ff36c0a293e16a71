package fr.entente.web.problem;

import jakarta.servlet.http.HttpServletRequest;

import java.util.OptionalLong;

/**
 * Addresses that take larger request bodies than {@link RequestLimits} allows (a file upload), with their own limit;
 * the context that serves them checks what it reads against its own rules. Empty for any other request.
 */
public interface LargerBodies {

    OptionalLong limitFor(HttpServletRequest request);
}
