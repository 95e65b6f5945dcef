package org.uclg.carta.kit.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, for requests it refuses before Spring sees them (a URL or headers
 * too long, a malformed request line): problem+json under {@code /api/} (and when the path could
 * not even be read), like every other API error, and elsewhere Tomcat's short page without its version. Runs after Spring Boot's
 * customizer, whose plain report valve it replaces.
 */
@Component
class ServerErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;
    private final Languages languages;

    ServerErrorReports(MessageSource messages, Languages languages) {
        this.messages = messages;
        this.languages = languages;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReports.class.getName());
                host.getPipeline().addValve(new ProblemReports(messages, languages));
            }
        });
    }

    static final class ProblemReports extends ErrorReportValve {
        private final MessageSource messages;
        private final Languages languages;

        ProblemReports(MessageSource messages, Languages languages) {
            this.messages = messages;
            this.languages = languages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String path = path(request);
            // A request line too long to read has no known path: most likely a script, so JSON too.
            if (!path.isEmpty() && !path.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            int code = response.getStatus();
            HttpStatus status = HttpStatus.resolve(code);
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (code < 400 || status == null || response.getContentWritten() > 0 || !ioAllowed.get()) {
                return;
            }
            Locale locale = Locale.forLanguageTag(languages.forRequest(request));
            int known = ErrorPages.knownCode(status);
            // A map, not a ProblemDetail: the path Tomcat refused may not even be a valid URI.
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", messages.getMessage("error." + known + ".title", null, locale));
            body.put("status", code);
            body.put("detail", messages.getMessage("error." + known + ".detail", null, locale));
            if (!path.isEmpty()) {
                body.put("instance", path);
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer out = response.getReporter();
                if (out != null) {
                    out.write(ProblemJson.write(body));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // The client went away, or the response was already written: nothing more to say.
            }
        }

        /** The path asked for, without its query; empty when Tomcat could not read the request line. */
        private static String path(Request request) {
            String uri = request.getCoyoteRequest().requestURI().toString();
            return uri == null ? "" : uri;
        }
    }
}
