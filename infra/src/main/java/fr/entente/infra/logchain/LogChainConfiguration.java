package fr.entente.infra.logchain;

import com.mongodb.client.MongoDatabase;
import fr.entente.infra.mongo.MongoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LogChainProperties.class)
public class LogChainConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LogChainConfiguration.class);
    static final String KEY_FILE_NAME = "checkpoint-signing.key";

    @Bean
    public LogChain logChain(MongoDatabase database) {
        return new LogChain(database).withIndexes();
    }

    @Bean
    public LogVerifier logVerifier(LogChain chain) {
        return new LogVerifier(chain, Clock.systemUTC());
    }

    @Bean
    public CheckpointSignatures checkpointSignatures(LogChainProperties properties, MongoProperties mongo) {
        if (properties.keyConfigured()) {
            return CheckpointSignatures.of(properties.checkpointPrivateKey(), properties.checkpointPublicKey());
        }
        Path file = properties.checkpointKeyFile() != null ? properties.checkpointKeyFile()
                                                           : mongo.embedded().dataDirectory().resolve(KEY_FILE_NAME);
        log.info("The log's checkpoints are signed with the key pair kept in {} (set entente.audit.checkpoint-private-key"
                 + " and -public-key from a secret store in production)", file.toAbsolutePath());
        return CheckpointSignatures.keptIn(file);
    }

    @Bean
    public LogCheckpoints logCheckpoints(MongoDatabase database, LogChain chain, CheckpointSignatures signatures) {
        return new LogCheckpoints(database, chain, signatures, Clock.systemUTC());
    }
}
