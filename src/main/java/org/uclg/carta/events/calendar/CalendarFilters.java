package org.uclg.carta.events.calendar;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.uclg.carta.kit.web.BadRequestException;
import org.uclg.carta.kit.web.Inputs;
import org.uclg.carta.kit.web.Paging;

/**
 * The calendar's filters as the URL carries them, bound once for the calendar page, the
 * iCalendar feed and the API. Unknown codes are a bad request, not an empty calendar.
 */
public class CalendarFilters {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private String kind = "";
    private String region = "";
    private String country = "";
    private String language = "";
    private Long article;
    private String attendance = "";
    private String month = "";
    private String when = "";
    private int page = 1;
    private int size = PAGE_SIZE;

    public Optional<EventKind> kindCode() {
        if (kind.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(EventKind.ofCode(kind).orElseThrow(() -> invalid("kind")));
    }

    /** online, in-person or nothing. */
    public String attendanceCode() {
        if (!attendance.isBlank() && !attendance.equals("online") && !attendance.equals("in-person")) {
            throw invalid("attendance");
        }
        return attendance;
    }

    public Optional<YearMonth> yearMonth() {
        if (month.isBlank()) {
            return Optional.empty();
        }
        try {
            YearMonth m = YearMonth.parse(month.strip());
            if (m.getYear() < 1900 || m.getYear() > 2200) {
                throw invalid("month");
            }
            return Optional.of(m);
        } catch (DateTimeParseException e) {
            throw invalid("month");
        }
    }

    /** Past events only when asked; upcoming (not yet over) otherwise. */
    public boolean past() {
        if (!when.isBlank() && !when.equals("past") && !when.equals("upcoming")) {
            throw invalid("when");
        }
        return when.equals("past");
    }

    public String countryCode() {
        if (!country.isBlank() && !country.matches("[A-Za-z]{2}")) {
            throw invalid("country");
        }
        return country.toUpperCase(java.util.Locale.ROOT);
    }

    public String languageCode() {
        if (!language.isBlank() && !language.matches("[a-z]{2,3}")) {
            throw invalid("language");
        }
        return language;
    }

    public String regionCode() {
        if (region.length() > 40) {
            throw invalid("region");
        }
        return region;
    }

    public Paging paging() {
        return Paging.of(page, size, PAGE_SIZE, MAX_PAGE_SIZE);
    }

    private static BadRequestException invalid(String field) {
        return new BadRequestException("events.filter.invalid", field);
    }

    /** The filters as query parameters, without the page, for links that keep them. */
    public Map<String, String> asParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "kind", kind);
        put(p, "region", region);
        put(p, "country", country);
        put(p, "language", language);
        put(p, "article", article == null ? "" : article.toString());
        put(p, "attendance", attendance);
        put(p, "month", month);
        put(p, "when", when);
        return p;
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (!value.isBlank()) {
            p.put(name, value);
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = Inputs.orEmpty(kind).strip();
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = Inputs.orEmpty(region).strip();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = Inputs.orEmpty(country).strip();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = Inputs.orEmpty(language).strip();
    }

    public Long getArticle() {
        return article;
    }

    public void setArticle(Long article) {
        this.article = article;
    }

    public String getAttendance() {
        return attendance;
    }

    public void setAttendance(String attendance) {
        this.attendance = Inputs.orEmpty(attendance).strip();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = Inputs.orEmpty(month).strip();
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = Inputs.orEmpty(when).strip();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }
}
