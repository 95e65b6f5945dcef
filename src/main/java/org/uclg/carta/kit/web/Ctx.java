package org.uclg.carta.kit.web;

import java.util.List;
import java.util.Locale;

import gg.jte.support.LocalizationSupport;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;

import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * What every page template needs about the request: language, messages, the URL of the same
 * page in other languages, the CSRF token, who is signed in and the flash message.
 */
public final class Ctx implements LocalizationSupport {

    private final MessageSource messages;
    private final Locale locale;
    private final String lang;
    private final List<String> languages;
    private final String defaultLanguage;
    private final String pathAfterLang;
    private final String baseUrl;
    private final CsrfToken csrf;
    private final Authentication auth;
    private final String flash;
    private final String flashError;
    private final Attention attention;
    private Long unread;

    Ctx(
            MessageSource messages,
            String lang,
            List<String> languages,
            String defaultLanguage,
            String pathAfterLang,
            String baseUrl,
            CsrfToken csrf,
            Authentication auth,
            String flash,
            String flashError,
            Attention attention) {
        this.attention = attention;
        this.defaultLanguage = defaultLanguage;
        this.flashError = flashError;
        this.messages = messages;
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.languages = languages;
        this.pathAfterLang = pathAfterLang;
        this.baseUrl = baseUrl;
        this.csrf = csrf;
        this.auth = auth;
        this.flash = flash;
    }

    @Override
    public String lookup(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A message with {0}-style arguments, as plain text (escaped by the template). */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return locale;
    }

    public List<String> languages() {
        return languages;
    }

    /** The writing direction of the page's language: Arabic, Hebrew, Persian and Urdu are right to left. */
    public String direction() {
        return RIGHT_TO_LEFT.contains(lang) ? "rtl" : "ltr";
    }

    private static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "he", "fa", "ur");

    /** The language a missing translation falls back to first; search engines' x-default. */
    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The name of a language in the reader's language ("anglais", "English", "inglés"). */
    public String languageName(String code) {
        return t("language." + code);
    }

    /** A path in the reader's language: url("/network") is "/fr/network" for a French reader. */
    public String url(String path) {
        return "/" + lang + path;
    }

    /** This same page in another language. */
    public String switchTo(String other) {
        return "/" + other + pathAfterLang;
    }

    public String absoluteSwitchTo(String other) {
        return baseUrl + switchTo(other);
    }

    public String absolute(String path) {
        return baseUrl + path;
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public boolean signedIn() {
        return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Viewer;
    }

    public String viewerName() {
        return signedIn() ? ((Viewer) auth.getPrincipal()).displayName() : "";
    }

    /** True when the viewer holds the role (roles inherit: an admin is also an editor). */
    public boolean has(String role) {
        if (auth == null) {
            return false;
        }
        for (GrantedAuthority a : auth.getAuthorities()) {
            if (a.getAuthority().equals("ROLE_" + role)) {
                return true;
            }
        }
        return false;
    }

    /** Notices the signed-in person has not read (asked once per page); 0 when signed out. */
    public long unread() {
        if (unread == null) {
            unread = signedIn() && attention != null ? attention.unread(auth.getName()) : 0L;
        }
        return unread;
    }

    /** Whether the signed-in person follows the item (target: article, local-government, event...). */
    public boolean follows(String target, long id) {
        return signedIn() && attention != null && attention.follows(auth.getName(), target, id);
    }

    /** The page's own path after the language, with its query: where a form sends the reader back. */
    public String here() {
        return pathAfterLang;
    }

    public String flash() {
        return flash;
    }

    /** Message key of an error to show once after a redirect ("flashError" flash attribute). */
    public String flashError() {
        return flashError;
    }

    public TranslatableText.Localized tr(TranslatableText text) {
        return text == null ? new TranslatableText.Localized("", lang, false) : text.in(lang);
    }

    /** A day as people of this language write it (7 December 2026, 7 décembre 2026). */
    public String date(java.time.LocalDate day) {
        return day == null
                ? ""
                : day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(locale));
    }

    /** The day of an instant, in UTC, as {@link #date(java.time.LocalDate)}. */
    public String date(java.time.Instant at) {
        return at == null ? "" : date(at.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    /** A count with this language's digit grouping (12 345, 12,345). */
    public String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }
}
