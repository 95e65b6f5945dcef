package org.uclg.carta.monitoring;

/** Published when a local government withdraws its adherence. */
public record AdherenceWithdrawn(long adherenceId, long localGovernmentId, String frameworkCode) {}
