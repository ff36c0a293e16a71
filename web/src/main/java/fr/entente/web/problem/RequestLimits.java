package fr.entente.web.problem;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code entente.web.max-request-body}: the largest request body the hub reads (64 KB by default). */
@ConfigurationProperties("entente.web")
public record RequestLimits(@DefaultValue("64KB") DataSize maxRequestBody) {

    public long maxRequestBodyBytes() {
        return maxRequestBody.toBytes();
    }
}
