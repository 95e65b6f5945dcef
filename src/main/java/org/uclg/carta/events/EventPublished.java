package org.uclg.carta.events;

/** An event became public: the calendar, feeds and what tells people about new events listen. */
public record EventPublished(long eventId) {}
