package org.uclg.carta.monitoring;

/** An editor sent a submitted report back to its local government with a comment. */
public record ReportReturned(long reportId, long localGovernmentId, long cycleId) {}
