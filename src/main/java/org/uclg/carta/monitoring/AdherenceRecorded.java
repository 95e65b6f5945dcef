package org.uclg.carta.monitoring;

/** Published when a local government's adherence to a charter or framework is recorded. */
public record AdherenceRecorded(long adherenceId, long localGovernmentId, String frameworkCode) {}
