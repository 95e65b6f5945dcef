package org.uclg.carta.events.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** An event's dates as people read them, in the event's own time zone. */
public final class When {

    private When() {}

    /** 12 Dec 2026, 14:00 – 16:00 or 12 Dec 2026, 09:00 – 14 Dec 2026, 18:00. */
    public static String range(EventView e, Locale locale) {
        ZonedDateTime start = e.start();
        ZonedDateTime end = e.end();
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        String from = start.format(date) + ", " + start.format(time);
        String to = start.toLocalDate().equals(end.toLocalDate())
                ? end.format(time)
                : end.format(date) + ", " + end.format(time);
        return from + " – " + to;
    }

    /** The zone as Asia/Seoul (UTC+09:00). */
    public static String zone(EventView e) {
        return e.zone().getId() + " (UTC" + e.start().getOffset().getId().replace("Z", "+00:00") + ")";
    }

    /** ISO 8601 with seconds and offset, as the API and schema.org give dates: 2027-10-02T09:30:00+09:00. */
    public static String iso(ZonedDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static String iso(java.time.Instant t) {
        return iso(t.atZone(java.time.ZoneOffset.UTC));
    }

    public static String date(LocalDate d, Locale locale) {
        return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    public static String time(ZonedDateTime t) {
        return t.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    public static String monthName(java.time.YearMonth m, Locale locale) {
        return m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + m.getYear();
    }

    public static String dayName(java.time.DayOfWeek d, Locale locale) {
        return d.getDisplayName(TextStyle.FULL, locale);
    }

    public static String shortDayName(java.time.DayOfWeek d, Locale locale) {
        return d.getDisplayName(TextStyle.SHORT, locale);
    }
}
