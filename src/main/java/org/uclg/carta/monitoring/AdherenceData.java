package org.uclg.carta.monitoring;

import java.time.LocalDate;
import java.util.Map;

/** The checked content of an adherence, however it arrived (form, demo). */
record AdherenceData(LocalDate adheredOn, String decision, String decisionUrl, String signedBy,
        Map<Long, String> reservations) {
}
