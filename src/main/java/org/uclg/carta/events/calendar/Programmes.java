package org.uclg.carta.events.calendar;

import java.util.List;
import java.util.Map;

/** The sessions of a Forum edition as the events API gives them; the Forum's programme implements it. */
public interface Programmes {

    List<Map<String, Object>> publishedSessions(EventView edition);
}
