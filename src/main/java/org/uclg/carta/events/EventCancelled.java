package org.uclg.carta.events;

/** An event was cancelled; its registrants are told, in their language, with the reason. */
public record EventCancelled(long eventId) {}
