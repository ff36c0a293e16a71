package fr.entente.infra.logchain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The hub's Ed25519 key pair for the log's checkpoints: the private key signs, the public key (shown to directors)
 * verifies. Given by configuration in production (from a secret store); otherwise generated once and kept in a file
 * readable by the hub's owner only. A verifier holding only the public key can verify, not sign.
 */
public final class CheckpointSignatures {

    private static final String ALGORITHM = "Ed25519";

    private final PublicKey publicKey;
    private final Optional<PrivateKey> privateKey;

    private CheckpointSignatures(PublicKey publicKey, Optional<PrivateKey> privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** A key pair given as base64: the private key in PKCS#8, the public key in X.509 (SubjectPublicKeyInfo). */
    public static CheckpointSignatures of(String privateKeyBase64, String publicKeyBase64) {
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64.trim())));
            Optional<PrivateKey> privateKey = privateKeyBase64 == null || privateKeyBase64.isBlank() ? Optional.empty()
                    : Optional.of(keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64.trim()))));
            CheckpointSignatures signatures = new CheckpointSignatures(publicKey, privateKey);
            signatures.checkPair();
            return signatures;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The checkpoint key is not an Ed25519 key pair in base64 (PKCS#8 and X.509): "
                                            + e.getMessage(), e);
        }
    }

    /** Verifies only: what a director's copy of the public key allows. */
    public static CheckpointSignatures verifyingWith(String publicKeyBase64) {
        return of(null, publicKeyBase64);
    }

    /** The key pair kept in this file, generated and written there (owner only) if the file does not exist yet. */
    public static CheckpointSignatures keptIn(Path file) {
        try {
            if (!Files.exists(file)) {
                write(KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair(), file);
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return of(properties.getProperty("private"), properties.getProperty("public"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the checkpoint key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519", e);
        }
    }

    private static void write(KeyPair pair, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temporary);
        }
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            writer.write("# The hub's Ed25519 key pair for the log's daily checkpoints, generated at first start.\n"
                         + "# Keep the private key secret; give directors the public one.\n");
            writer.write("private=" + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
            writer.write("public=" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n");
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public Checkpoint sign(Checkpoint unsigned) {
        PrivateKey key = privateKey.orElseThrow(() -> new IllegalStateException("This hub holds no private key to sign with"));
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(unsigned.signedBytes());
            return unsigned.signedWith(Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the checkpoint of " + unsigned.day(), e);
        }
    }

    public boolean verifies(Checkpoint checkpoint) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(checkpoint.signedBytes());
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** The public key as X.509 base64, what a director keeps. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The public key as a PEM block, what OpenSSL reads. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private void checkPair() throws GeneralSecurityException {
        if (privateKey.isEmpty()) {
            return;
        }
        Signature signer = Signature.getInstance(ALGORITHM);
        signer.initSign(privateKey.get());
        byte[] probe = "entente".getBytes(StandardCharsets.US_ASCII);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(ALGORITHM);
        verifier.initVerify(publicKey);
        verifier.update(probe);
        if (!verifier.verify(signature)) {
            throw new GeneralSecurityException("the private and public keys are not of one pair");
        }
    }
}
