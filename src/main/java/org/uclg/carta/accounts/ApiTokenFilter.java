package org.uclg.carta.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates "Authorization: Bearer <token>" with a personal API token. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final AccountService accounts;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenFilter(AccountService accounts, AuthenticationEntryPoint entryPoint) {
        this.accounts = accounts;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var user = accounts.authenticateToken(header.substring(7).strip());
            if (user.isEmpty()) {
                entryPoint.commence(request, response, new BadCredentialsException("Invalid token"));
                return;
            }
            var auth = UsernamePasswordAuthenticationToken.authenticated(
                    user.get(), null, user.get().getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") && !path.startsWith("/actuator/");
    }
}
