package org.uclg.carta.events.forum;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One day of a programme as a table: a row per start time, a column per room (and one for sessions
 * without a room), each cell with the sessions that start there then. Read without JavaScript.
 */
public record Timetable(LocalDate day, List<RoomColumn> rooms, List<Row> rows) {

    /** A column: a room, or (id null) the sessions not held in a room. */
    public record RoomColumn(Long id, String name) {}

    public record Row(LocalTime time, List<List<SessionView>> cells) {}

    public static Timetable of(LocalDate day, ZoneId zone, List<RoomColumn> rooms, List<SessionView> sessions) {
        List<SessionView> ofDay = sessions.stream()
                .filter(s -> s.data().startsAt().atZone(zone).toLocalDate().equals(day))
                .toList();
        List<RoomColumn> columns = new ArrayList<>(rooms);
        if (ofDay.stream()
                .anyMatch(s -> s.data().roomId() == null
                        || rooms.stream().noneMatch(r -> r.id().equals(s.data().roomId())))) {
            columns.add(new RoomColumn(null, null));
        }
        TreeSet<LocalTime> times = new TreeSet<>();
        ofDay.forEach(s -> times.add(s.data().startsAt().atZone(zone).toLocalTime()));
        List<Row> rows = new ArrayList<>();
        for (LocalTime t : times) {
            List<List<SessionView>> cells = new ArrayList<>();
            for (RoomColumn c : columns) {
                cells.add(ofDay.stream()
                        .filter(s ->
                                s.data().startsAt().atZone(zone).toLocalTime().equals(t))
                        .filter(s -> c.id() == null
                                ? s.data().roomId() == null
                                        || rooms.stream().noneMatch(r -> r.id().equals(
                                                        s.data().roomId()))
                                : c.id().equals(s.data().roomId()))
                        .toList());
            }
            rows.add(new Row(t, cells));
        }
        return new Timetable(day, columns, rows);
    }
}
