package org.uclg.carta.events;

/** Someone registered (confirmed, waiting or awaiting approval); their confirmation email follows. */
public record RegistrationReceived(long registrationId) {}
