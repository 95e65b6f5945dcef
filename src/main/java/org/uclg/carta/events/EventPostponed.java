package org.uclg.carta.events;

/** An event was postponed; its registrants are told, in their language, with the reason. */
public record EventPostponed(long eventId) {}
