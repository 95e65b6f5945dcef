package org.uclg.carta.kit.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/** The language is part of every public URL (/fr/…, /en/…, /es/…); the URL decides, nothing else. */
class PathLocaleResolver implements LocaleResolver {

    private final Languages languages;

    PathLocaleResolver(Languages languages) {
        this.languages = languages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Locale.forLanguageTag(languages.forRequest(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the URL prefix");
    }
}
