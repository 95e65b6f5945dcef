package org.uclg.carta.kit.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tokens for links that open something without an account (a registration, newsletter
 * preferences, a private calendar feed): an HMAC of what the link is for, so nothing secret is
 * stored per link and a link can be written again later, by a background job, from its id alone.
 */
@Component
public class SignedLinks {

    private final DataSource dataSource;
    private volatile SecretKeySpec key;

    SignedLinks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The token for this purpose and item, such as (registration, 42). */
    public String sign(String purpose, Object id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(purpose + ":" + id));
    }

    /** Whether the token is the one {@link #sign} gives, compared in constant time. */
    public boolean verify(String purpose, Object id, String token) {
        if (token == null || token.length() != 43) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(purpose, id).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Created at the first use; two instances starting together agree on the first one written. */
    private SecretKeySpec key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    JdbcClient jdbc = JdbcClient.create(dataSource);
                    byte[] fresh = new byte[32];
                    new SecureRandom().nextBytes(fresh);
                    jdbc.sql("insert into signing_key (name, secret) values ('links', ?) on conflict do nothing")
                            .param(fresh)
                            .update();
                    byte[] secret = jdbc.sql("select secret from signing_key where name = 'links'")
                            .query(byte[].class)
                            .single();
                    key = new SecretKeySpec(secret, "HmacSHA256");
                }
            }
        }
        return key;
    }
}
