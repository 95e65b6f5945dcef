package org.uclg.carta.accounts;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

    /**
     * The JSON API and the actuator: stateless, authenticated only by personal API tokens (never by
     * a browser session), so they need no CSRF token.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            org.uclg.carta.kit.CartaProperties props,
            Languages languages,
            AccountService accounts,
            MessageSource messages)
            throws Exception {
        AuthenticationEntryPoint entryPoint = entryPoint(languages, messages);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/v1/me/**")
                        .authenticated()
                        .requestMatchers(
                                HttpMethod.POST, "/api/v1/newsletter/subscriptions", "/api/v1/campaigns/*/signatures")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(
                                (request, response, denied) -> problem(request, response, 403, languages, messages)))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .httpStrictTransportSecurity(hsts -> hsts(hsts, props)))
                .addFilterBefore(new ApiTokenFilter(accounts, entryPoint), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain security(
            HttpSecurity http,
            org.uclg.carta.kit.CartaProperties props,
            Languages languages,
            SessionValidity validity,
            MessageSource messages)
            throws Exception {
        AuthenticationEntryPoint entryPoint = entryPoint(languages, messages);
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(
                                "/*/admin/mail/**",
                                "/*/admin/users/**",
                                "/*/admin/search-index",
                                "/*/admin/background-work")
                        .hasRole("ADMIN")
                        .requestMatchers("/*/admin", "/*/admin/**")
                        .hasRole("EDITOR")
                        .requestMatchers("/*/account", "/*/account/**", "/*/me", "/*/me/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/" + languages.fallback() + "/login")
                        .loginProcessingUrl("/login")
                        .usernameParameter("email")
                        .successHandler(successHandler(languages, validity))
                        .failureHandler((request, response, exception) -> {
                            String lang = lang(request, languages);
                            String outcome = exception instanceof DisabledException
                                    ? "unconfirmed"
                                    : exception instanceof ThrottledSignIn.Throttled ? "throttled" : "error";
                            response.sendRedirect("/" + lang + "/login?" + outcome);
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler((request, response, auth) ->
                                response.sendRedirect("/" + lang(request, languages) + "/?loggedOut")))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) -> response.sendError(403)))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // RFC 8058: mail clients POST the one-click unsubscribe with no token; the signed link is the proof.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/*/newsletter/unsubscribe")))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny())
                        .httpStrictTransportSecurity(hsts -> hsts(hsts, props)))
                .addFilterAfter(
                        new SessionEnder(validity),
                        org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * HSTS on every response when the public address is https: TLS usually ends at a proxy, and
     * the request Carta sees is then plain http, for which Spring Security would leave it out.
     */
    private static void hsts(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity>.HstsConfig
                    hsts,
            org.uclg.carta.kit.CartaProperties props) {
        if (props.https()) {
            hsts.requestMatcher(org.springframework.security.web.util.matcher.AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(31_536_000);
        }
    }

    /** The session cookie is Secure when the public address is https, whatever the proxy tells Tomcat. */
    @Bean
    org.springframework.boot.web.servlet.ServletContextInitializer secureSessionCookie(
            org.uclg.carta.kit.CartaProperties props) {
        return context -> {
            if (props.https()) {
                context.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    /** JSON clients get a 401 problem; people are sent to the sign-in page in their language. */
    private static AuthenticationEntryPoint entryPoint(Languages languages, MessageSource messages) {
        return (request, response, exception) -> {
            if (isApi(request)) {
                problem(request, response, 401, languages, messages);
                return;
            }
            response.sendRedirect("/" + languages.forRequest(request) + "/login");
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = Languages.originalPath(request);
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }

    /** An RFC 9457 answer written before Spring MVC is reached, localised by Accept-Language. */
    private static void problem(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            Languages languages,
            MessageSource messages)
            throws IOException {
        Locale locale = Locale.forLanguageTag(languages.forRequest(request));
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setTitle(messages.getMessage("error." + status + ".title", null, locale));
        body.setDetail(messages.getMessage("error." + status + ".detail", null, locale));
        body.setInstance(java.net.URI.create(Languages.originalPath(request)));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(org.uclg.carta.kit.web.ProblemJson.write(body));
    }

    /** Sends a person who signed in to the home page in their language. */
    private static SavedRequestAwareAuthenticationSuccessHandler successHandler(
            Languages languages, SessionValidity validity) {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request,
                    HttpServletResponse response,
                    org.springframework.security.core.Authentication authentication)
                    throws jakarta.servlet.ServletException, IOException {
                if (authentication.getPrincipal() instanceof CartaUser user) {
                    SessionEnder.remember(request, validity, user.accountId());
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }

            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                return "/" + lang(request, languages) + "/";
            }
        };
    }

    @Bean
    ThrottledSignIn signIn(AccountUserDetails users, PasswordEncoder encoder, LoginThrottle throttle) {
        return new ThrottledSignIn(users, encoder, throttle);
    }

    private static String lang(HttpServletRequest request, Languages languages) {
        String lang = request.getParameter("lang");
        return languages.supports(lang) ? lang : languages.forRequest(request);
    }
}
