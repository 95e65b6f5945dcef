package org.uclg.carta.monitoring.reporting;

import org.uclg.carta.network.LocalGovernmentView;

/** One line of a cycle's page: a local government, its report if it began one, and whether the viewer writes it. */
public record ReportRow(LocalGovernmentView localGovernment, ReportView report, boolean mine) {}
