package org.uclg.carta.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses, with a localised 400, any query or form field holding a NUL character: no text in
 * Carta has one, and PostgreSQL would reject it deep inside a transaction. The text fields of
 * multipart forms count too; their files are read as bytes by the upload handlers.
 */
class NulGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (holdsNul(request)) {
            throw new BadRequestException("error.parameter.nul");
        }
        return true;
    }

    private static boolean holdsNul(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && (query.contains("%00") || query.indexOf('\0') >= 0)) {
            return true;
        }
        for (String[] values : request.getParameterMap().values()) {
            for (String v : values) {
                if (v != null && v.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
