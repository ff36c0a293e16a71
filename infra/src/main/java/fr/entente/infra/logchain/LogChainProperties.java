package fr.entente.infra.logchain;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The log's proof: how its checkpoints are signed.
 *
 * @param checkpointPrivateKey the Ed25519 private key, PKCS#8 in base64 ({@code ENTENTE_AUDIT_CHECKPOINT_PRIVATE_KEY}),
 *                             from the deployment's secret store; with the public key below
 * @param checkpointPublicKey  the matching public key, X.509 in base64
 * @param checkpointKeyFile    where a key pair generated at first start is kept when none is configured (beside the
 *                             embedded store's data by default)
 */
@ConfigurationProperties("entente.audit")
public record LogChainProperties(String checkpointPrivateKey, String checkpointPublicKey, Path checkpointKeyFile) {

    public boolean keyConfigured() {
        return checkpointPublicKey != null && !checkpointPublicKey.isBlank();
    }
}
