package org.uclg.carta.monitoring;

/** Published when the secretariat publishes a local government's report for a cycle. */
public record ReportPublished(long reportId, long localGovernmentId, long cycleId) {}
