package org.uclg.carta.events.forum;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;
import org.springframework.format.annotation.DateTimeFormat;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.CrossFieldRules;
import org.uclg.carta.kit.web.Inputs;

/** What the session form posts; times are in the edition's own zone. */
@CrossFieldRules
public class SessionForm implements CrossFieldRules.Checked {

    private String format = SessionFormat.THEMATIC.code();
    private boolean published = true;

    @Translatable(max = 300)
    private TranslatableInput title = new TranslatableInput();

    @Translatable(max = 5_000, required = false)
    private TranslatableInput summary = new TranslatableInput();

    @NotNull(message = "validation.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;

    @NotNull(message = "validation.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startTime;

    @NotNull(message = "validation.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime endTime;

    private Long roomId;
    private Long trackId;
    private List<String> languages = new ArrayList<>();
    private List<String> interpretation = new ArrayList<>();
    private List<Long> speakerIds = new ArrayList<>();
    private List<Long> moderatorIds = new ArrayList<>();

    @Size(max = 1000, message = "validation.tooLong")
    @URL(regexp = "(?i)(https?://.+)?", message = "validation.url")
    private String recordingUrl = "";

    private Long recordingResourceId;
    private long version;

    public static SessionForm of(SessionView s, ZoneId zone) {
        SessionForm f = new SessionForm();
        SessionData d = s.data();
        f.format = d.format().code();
        f.published = d.published();
        f.title = TranslatableInput.from(d.title());
        f.summary = TranslatableInput.from(d.summary());
        f.day = d.startsAt().atZone(zone).toLocalDate();
        f.startTime = d.startsAt().atZone(zone).toLocalTime();
        f.endTime = d.endsAt().atZone(zone).toLocalTime();
        f.roomId = d.roomId();
        f.trackId = d.trackId();
        f.languages = new ArrayList<>(d.languages());
        f.interpretation = new ArrayList<>(d.interpretation());
        f.speakerIds = new ArrayList<>(d.speakers().stream()
                .filter(p -> !p.moderator())
                .map(SessionSpeaker::speakerId)
                .toList());
        f.moderatorIds = new ArrayList<>(d.speakers().stream()
                .filter(SessionSpeaker::moderator)
                .map(SessionSpeaker::speakerId)
                .toList());
        f.recordingUrl = Inputs.orEmpty(d.recordingUrl());
        f.recordingResourceId = d.recordingResourceId();
        f.version = s.version();
        return f;
    }

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        if (SessionFormat.ofCode(format).isEmpty()) {
            rules.reject("format", "validation.choice");
        }
        if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
            rules.reject("endTime", "events.error.period");
        }
        if (languages.stream().anyMatch(l -> l == null || !l.matches("[a-z]{2,3}"))
                || interpretation.stream().anyMatch(l -> l == null || !l.matches("[a-z]{2,3}"))) {
            rules.reject("languages", "validation.choice");
        }
        if (speakerIds.size() + moderatorIds.size() > 40) {
            rules.reject("speakerIds", "validation.choice");
        }
    }

    public SessionData toData(ZoneId zone) {
        List<SessionSpeaker> people = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        moderatorIds.stream().filter(seen::add).forEach(id -> people.add(new SessionSpeaker(id, true)));
        speakerIds.stream().filter(seen::add).forEach(id -> people.add(new SessionSpeaker(id, false)));
        return new SessionData(
                SessionFormat.ofCode(format).orElseThrow(),
                published,
                title.toText(),
                summary.toText(),
                day.atTime(startTime).atZone(zone).toInstant(),
                day.atTime(endTime).atZone(zone).toInstant(),
                roomId,
                trackId,
                Set.copyOf(languages),
                Set.copyOf(interpretation),
                people,
                Inputs.blankToNull(recordingUrl),
                recordingUrl.isBlank() ? recordingResourceId : null);
    }

    public List<Long> everyone() {
        List<Long> all = new ArrayList<>(speakerIds);
        all.addAll(moderatorIds);
        return all;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = Inputs.orEmpty(format);
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public TranslatableInput getTitle() {
        return title;
    }

    public void setTitle(TranslatableInput title) {
        this.title = title;
    }

    public TranslatableInput getSummary() {
        return summary;
    }

    public void setSummary(TranslatableInput summary) {
        this.summary = summary;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getTrackId() {
        return trackId;
    }

    public void setTrackId(Long trackId) {
        this.trackId = trackId;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public List<String> getInterpretation() {
        return interpretation;
    }

    public void setInterpretation(List<String> interpretation) {
        this.interpretation = interpretation == null ? new ArrayList<>() : interpretation;
    }

    public List<Long> getSpeakerIds() {
        return speakerIds;
    }

    public void setSpeakerIds(List<Long> speakerIds) {
        this.speakerIds = speakerIds == null ? new ArrayList<>() : speakerIds;
    }

    public List<Long> getModeratorIds() {
        return moderatorIds;
    }

    public void setModeratorIds(List<Long> moderatorIds) {
        this.moderatorIds = moderatorIds == null ? new ArrayList<>() : moderatorIds;
    }

    public String getRecordingUrl() {
        return recordingUrl;
    }

    public void setRecordingUrl(String recordingUrl) {
        this.recordingUrl = Inputs.orEmpty(recordingUrl).strip();
    }

    public Long getRecordingResourceId() {
        return recordingResourceId;
    }

    public void setRecordingResourceId(Long recordingResourceId) {
        this.recordingResourceId = recordingResourceId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
