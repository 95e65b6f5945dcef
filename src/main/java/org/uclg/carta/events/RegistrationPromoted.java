package org.uclg.carta.events;

/** A seat freed and this waiting registration took it, or an organiser approved it. */
public record RegistrationPromoted(long registrationId) {}
