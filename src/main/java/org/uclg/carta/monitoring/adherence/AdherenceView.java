package org.uclg.carta.monitoring.adherence;

import java.time.LocalDate;
import java.util.Map;

/** An adherence as pages, the API and other modules see it; reservations by article id. */
public record AdherenceView(
        long id,
        long localGovernmentId,
        String frameworkCode,
        LocalDate adheredOn,
        String decision,
        String decisionUrl,
        String signedBy,
        Map<Long, String> reservations,
        LocalDate withdrawnOn,
        String withdrawalReason,
        long version) {

    public boolean current() {
        return withdrawnOn == null;
    }
}
