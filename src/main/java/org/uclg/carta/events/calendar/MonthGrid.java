package org.uclg.carta.events.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** A month as weeks of days, Monday first, each day with the events that take place on it (in their zone). */
public record MonthGrid(YearMonth month, List<List<Day>> weeks) {

    public record Day(LocalDate date, boolean inMonth, List<EventView> events) {}

    public static MonthGrid of(YearMonth month, List<EventView> events) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            List<EventView> on = events.stream()
                    .filter(e -> !day.isBefore(e.start().toLocalDate())
                            && !day.isAfter(e.end().toLocalDate()))
                    .toList();
            week.add(new Day(d, YearMonth.from(d).equals(month), on));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return new MonthGrid(month, weeks);
    }

    public List<DayOfWeek> dayNames() {
        return List.of(DayOfWeek.values());
    }
}
