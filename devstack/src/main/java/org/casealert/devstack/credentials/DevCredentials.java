package org.casealert.devstack.credentials;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * An RS256 signing key made for one devstack run or one test JVM, and the JWTs it signs. The services
 * are given the public key ({@code mp.jwt.verify.publickey}); the private key never leaves this
 * process (tests share it through a system property of their own JVM). Nothing here is for production.
 */
public final class DevCredentials {

    public static final String ISSUER = "https://devstack.case-alert.local";
    /** Every service, as in the tokens of the Keycloak realm's devstack-cli client; each service checks its own. */
    public static final List<String> AUDIENCES = List.of("intake-service", "alert-service", "notify-service");
    private static final String JVM_KEY_PROPERTY = "casealert.devstack.signing-key";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private DevCredentials(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static DevCredentials generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new DevCredentials(pair.getPrivate(), pair.getPublic());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** The one key of this JVM, shared by test resources and tests whatever class loader they live in. */
    public static synchronized DevCredentials forThisJvm() {
        String encoded = System.getProperty(JVM_KEY_PROPERTY);
        if (encoded == null) {
            DevCredentials credentials = generate();
            System.setProperty(JVM_KEY_PROPERTY, Base64.getEncoder().encodeToString(credentials.privateKey.getEncoded()));
            return credentials;
        }
        return fromPrivateKey(Base64.getDecoder().decode(encoded));
    }

    private static DevCredentials fromPrivateKey(byte[] pkcs8) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            PublicKey publicKey = factory.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new DevCredentials(key, publicKey);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("not an RSA private key", e);
        }
    }

    /** The verification key as PEM, the form {@code mp.jwt.verify.publickey} takes. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * A token for {@code subject} in {@code groups} (roles) and for every service, with extra claims such as the
     * hotline id ({@code aud} among them replaces the audiences).
     */
    public String token(String subject, List<String> groups, Map<String, Object> claims, Duration validity) {
        JwtClaims jwt = new JwtClaims();
        jwt.setIssuer(ISSUER);
        jwt.setSubject(subject);
        jwt.setClaim("upn", subject);
        jwt.setStringListClaim("groups", groups);
        jwt.setAudience(AUDIENCES);
        jwt.setJwtId(UUID.randomUUID().toString());
        jwt.setIssuedAtToNow();
        jwt.setExpirationTimeMinutesInTheFuture(validity.toMinutes());
        claims.forEach(jwt::setClaim);
        return sign(jwt);
    }

    /** Any claims, signed with this key: for tests of tokens the services must refuse. */
    public String sign(JwtClaims jwt) {
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(jwt.toJson());
        signature.setKey(privateKey);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a dev token", e);
        }
    }

    /** A one-day token for {@code subject} in one role. */
    public String token(String subject, String role, Map<String, Object> claims) {
        return token(subject, List.of(role), claims, Duration.ofDays(1));
    }
}
