package org.uclg.carta.monitoring.adherence;

import java.time.LocalDate;
import java.util.Map;

/** The checked content of an adherence, however it arrived (form, demo). */
public record AdherenceData(
        LocalDate adheredOn, String decision, String decisionUrl, String signedBy, Map<Long, String> reservations) {}
