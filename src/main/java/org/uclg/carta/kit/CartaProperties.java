package org.uclg.carta.kit;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings read from CARTA_* environment variables (see application.yml and the README). */
@ConfigurationProperties("carta")
public record CartaProperties(
        Path dataDir,
        String baseUrl,
        List<String> languages,
        boolean demo,
        Db db,
        Mail mail,
        Admin admin,
        Files files) {

    /** Languages are URL prefixes, JSON keys and bundle suffixes: ISO 639 codes only. */
    public CartaProperties {
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("carta.languages needs at least one language, such as fr,en,es");
        }
        for (String lang : languages) {
            if (lang == null || !lang.matches("[a-z]{2,3}")) {
                throw new IllegalArgumentException("carta.languages holds ISO 639 codes such as fr or pt, not " + lang);
            }
        }
        languages = List.copyOf(languages);
    }

    /** The embedded database's settings; an external one is Spring's spring.datasource.*. */
    public record Db(boolean embeddedTemporary) {}

    /** The sender's address; the server is Spring's spring.mail.*. */
    public record Mail(String from) {}

    public record Admin(String email, String password) {}

    public record Files(long maxBytes) {}

    /**
     * Whether the public address is https: then TLS ends at a proxy in front, so cookies are
     * Secure and HSTS is sent even though the request reaching Carta is plain http.
     */
    public boolean https() {
        return baseUrl != null && baseUrl.regionMatches(true, 0, "https://", 0, 8);
    }

    /** The address of pages in the default language, which API items and feeds link to. */
    public String pagesUrl() {
        return baseUrl.replaceAll("/$", "") + "/" + defaultLanguage();
    }

    public String defaultLanguage() {
        return languages.contains("en") ? "en" : languages.get(0);
    }
}
