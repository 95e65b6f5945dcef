package org.uclg.carta.kit.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.uclg.carta.kit.CartaProperties;

/** Puts the page context ("ctx") into the model of every HTML page. */
@ControllerAdvice(annotations = Controller.class)
class PageAdvice {

    private final MessageSource messages;
    private final Languages languages;
    private final CartaProperties props;
    private final org.springframework.beans.factory.ObjectProvider<Attention> attention;

    PageAdvice(
            MessageSource messages,
            Languages languages,
            CartaProperties props,
            org.springframework.beans.factory.ObjectProvider<Attention> attention) {
        this.attention = attention;
        this.messages = messages;
        this.languages = languages;
        this.props = props;
    }

    @ModelAttribute("ctx")
    Ctx ctx(HttpServletRequest request) {
        return create(request);
    }

    Ctx create(HttpServletRequest request) {
        String lang = languages.forRequest(request);
        String path = Languages.originalPath(request);
        String rest = languages.fromPath(path) != null ? path.substring(1 + lang.length()) : "/";
        if (rest.isEmpty()) {
            rest = "/";
        }
        if (request.getQueryString() != null && request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
            rest = rest + "?" + request.getQueryString();
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            // The token is made (and kept in a new session) before rendering starts: a page streamed
            // past its buffer has committed its response and can no longer create the session.
            csrf.getToken();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Map<String, ?> flashMap = RequestContextUtils.getInputFlashMap(request);
        Object flash = flashMap == null ? null : flashMap.get("flash");
        Object flashError = flashMap == null ? null : flashMap.get("flashError");
        return new Ctx(
                messages,
                lang,
                languages.codes(),
                languages.fallback(),
                rest,
                stripSlash(props.baseUrl()),
                csrf,
                auth,
                flash == null ? null : flash.toString(),
                flashError == null ? null : flashError.toString(),
                attention.getIfAvailable());
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
