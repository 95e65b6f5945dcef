package org.uclg.carta.library;

/** Published when an editor publishes a resource, for what tells people about new resources. */
public record ResourcePublished(long resourceId) {}
