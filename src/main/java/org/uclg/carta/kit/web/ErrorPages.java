package org.uclg.carta.kit.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Localised error pages for every status the container reports (unknown URLs, 403, 500…). */
@Controller
class ErrorPages implements org.springframework.boot.webmvc.error.ErrorController {

    private final PageAdvice pages;
    private final MessageSource messages;
    private final Languages languages;

    ErrorPages(PageAdvice pages, MessageSource messages, Languages languages) {
        this.pages = pages;
        this.messages = messages;
        this.languages = languages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String path = Languages.originalPath(request);
        if (path.startsWith("/api/")) {
            return problem(request, status);
        }
        return page(request, status);
    }

    ModelAndView page(HttpServletRequest request, HttpStatus status) {
        return page(request, status, null);
    }

    /** The error page, with the reason {@code detailKey} names instead of the status's usual one. */
    ModelAndView page(HttpServletRequest request, HttpStatus status, String detailKey, Object... args) {
        Ctx ctx = pages.create(request);
        int code = knownCode(status);
        ModelAndView mav = new ModelAndView(
                "kit/error",
                Map.of(
                        "ctx",
                        ctx,
                        "code",
                        code,
                        "detail",
                        detailKey != null ? detailKey : "error." + code + ".detail",
                        "args",
                        args));
        mav.setStatus(status);
        return mav;
    }

    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status) {
        return problem(request, status, null);
    }

    ResponseEntity<ProblemDetail> problem(
            HttpServletRequest request, HttpStatus status, String detailKey, Object... args) {
        String lang = languages.forRequest(request);
        int code = knownCode(status);
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setTitle(messages.getMessage("error." + code + ".title", null, java.util.Locale.forLanguageTag(lang)));
        body.setDetail(messages.getMessage(
                detailKey != null ? detailKey : "error." + code + ".detail",
                args.length == 0 ? null : args,
                java.util.Locale.forLanguageTag(lang)));
        body.setInstance(instance(request));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    /** The path the client asked for, not the /error page it was forwarded to. */
    private static java.net.URI instance(HttpServletRequest request) {
        try {
            return java.net.URI.create(Languages.originalPath(request));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    String message(String key, HttpServletRequest request) {
        return messages.getMessage(key, null, key, java.util.Locale.forLanguageTag(languages.forRequest(request)));
    }

    /** Statuses with their own texts; the others share the 500 or 400 texts. */
    static int knownCode(HttpStatus status) {
        return switch (status.value()) {
            case 400, 401, 403, 404, 405, 409, 413, 429, 503 -> status.value();
            default -> status.is4xxClientError() ? 400 : 500;
        };
    }
}
