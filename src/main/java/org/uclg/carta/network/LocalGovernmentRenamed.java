package org.uclg.carta.network;

/** Published when a local government's name changes, so that what shows or indexes it can follow. */
public record LocalGovernmentRenamed(long localGovernmentId) {}
