package fr.entente.web.problem;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code entente.web.max-request-body}: the largest request body the hub reads. 512 KB by default: room for the
 * longest text the hub takes, minutes of 100,000 characters, even as a page's form encodes them.
 */
@ConfigurationProperties("entente.web")
public record RequestLimits(@DefaultValue("512KB") DataSize maxRequestBody) {

    public long maxRequestBodyBytes() {
        return maxRequestBody.toBytes();
    }
}
