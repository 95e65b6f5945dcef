package org.uclg.carta.kit.web;

import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** An RFC 9457 body written outside Spring MVC (security filters, Tomcat's own refusals). */
public final class ProblemJson {

    // RFC 9457 members are optional: absent rather than null.
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(
                    incl -> incl.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY))
            .build();

    private ProblemJson() {}

    /** A {@link ProblemDetail} without its empty members, or a map of the members (when one is not a valid URI). */
    public static String write(Object problem) {
        return JSON.writeValueAsString(problem);
    }
}
