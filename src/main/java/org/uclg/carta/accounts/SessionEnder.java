package org.uclg.carta.accounts;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session once its account's sessions were ended (password reset or changed,
 * roles changed): each session remembers the account's mark when it signed in, and a session
 * whose mark is no longer the account's continues as anonymous.
 */
class SessionEnder extends OncePerRequestFilter {

    static final String MARK = SessionEnder.class.getName() + ".mark";

    private final SessionValidity validity;

    SessionEnder(SessionValidity validity) {
        this.validity = validity;
    }

    /** Remembers the account's current mark in this session (at sign-in, after a password change). */
    static void remember(HttpServletRequest request, SessionValidity validity, long accountId) {
        request.getSession().setAttribute(MARK, mark(validity, accountId));
    }

    private static String mark(SessionValidity validity, long accountId) {
        return validity.validFrom(accountId).map(Object::toString).orElse("-");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && auth != null
                && auth.getPrincipal() instanceof CartaUser user
                && session.getAttribute(MARK) instanceof String mark
                && !Objects.equals(mark, mark(validity, user.accountId()))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
