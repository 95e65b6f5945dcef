package org.uclg.carta.accounts;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.uclg.carta.kit.web.Languages;

/** The security rules of the whole platform; finer rules sit on controllers as @PreAuthorize. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm recorded in each hash so it can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, Languages languages, LoginThrottle throttle,
            AccountService accounts) throws Exception {
        AuthenticationEntryPoint entryPoint = entryPoint(languages);
        http.authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                .requestMatchers("/api/**").authenticated()
                .requestMatchers("/*/admin/mail/**", "/*/admin/users/**").hasRole("ADMIN")
                .requestMatchers("/*/admin", "/*/admin/**").hasRole("EDITOR")
                .requestMatchers("/*/account", "/*/account/**").authenticated()
                .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/en/login")
                        .loginProcessingUrl("/login")
                        .usernameParameter("email")
                        .successHandler(successHandler(languages, throttle))
                        .failureHandler((request, response, exception) -> {
                            String email = request.getParameter("email");
                            String lang = lang(request, languages);
                            if (exception instanceof DisabledException) {
                                response.sendRedirect("/" + lang + "/login?unconfirmed");
                                return;
                            }
                            throttle.failed(email == null ? "" : email, request.getRemoteAddr());
                            response.sendRedirect("/" + lang + "/login?error");
                        })
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessHandler((request, response, auth) -> response
                                .sendRedirect("/" + lang(request, languages) + "/?loggedOut")))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getHeader("Authorization") != null
                                && request.getRequestURI().startsWith("/api/")))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .addFilterBefore(throttleFilter(throttle, languages), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(accounts, entryPoint), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** JSON clients get a 401 problem; people are sent to the sign-in page in their language. */
    private static AuthenticationEntryPoint entryPoint(Languages languages) {
        return (request, response, exception) -> {
            String path = Languages.originalPath(request);
            if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
                response.setStatus(401);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"A valid API token is needed: Authorization: Bearer <token>\"}");
                return;
            }
            response.sendRedirect("/" + languages.forRequest(request) + "/login");
        };
    }

    private static SavedRequestAwareAuthenticationSuccessHandler successHandler(Languages languages,
            LoginThrottle throttle) {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                return "/" + lang(request, languages) + "/";
            }
        };
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    org.springframework.security.core.Authentication authentication)
                    throws ServletException, IOException {
                throttle.succeeded(authentication.getName());
                handler.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    private static OncePerRequestFilter throttleFilter(LoginThrottle throttle, Languages languages) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI())) {
                    String email = request.getParameter("email");
                    if (throttle.blocked(email == null ? "" : email, request.getRemoteAddr())) {
                        response.sendRedirect("/" + lang(request, languages) + "/login?throttled");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static String lang(HttpServletRequest request, Languages languages) {
        String lang = request.getParameter("lang");
        return languages.supports(lang) ? lang : languages.forRequest(request);
    }
}
