package fr.entente.web.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  load the demo cooperations and accounts when the hub starts on an empty log (turn off in
 *                 production)
 * @param password the password of every demo account
 */
@ConfigurationProperties("entente.demo")
public record DemoProperties(Boolean enabled, String password) {

    public DemoProperties {
        enabled = enabled == null || enabled;
        password = password == null || password.isBlank() ? "entente-demo-2026" : password;
    }
}
