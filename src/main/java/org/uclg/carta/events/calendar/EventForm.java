package org.uclg.carta.events.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;
import org.springframework.format.annotation.DateTimeFormat;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.CrossFieldRules;
import org.uclg.carta.kit.web.Inputs;

/** What the event form posts, kept as typed so a rejected form shows it back. */
@CrossFieldRules
public class EventForm implements CrossFieldRules.Checked {

    public static final int MATERIAL_ROWS = 4;

    private String kind = EventKind.MEETING.code();

    @Translatable(max = 300)
    private TranslatableInput title = new TranslatableInput();

    @Translatable(max = 1_000, required = false)
    private TranslatableInput summary = new TranslatableInput();

    @Translatable(max = 20_000, required = false)
    private TranslatableInput description = new TranslatableInput();

    @NotNull(message = "validation.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull(message = "validation.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startTime;

    @NotNull(message = "validation.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @NotNull(message = "validation.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime endTime;

    private String timeZone = "Europe/Paris";

    @Size(max = 300, message = "validation.tooLong")
    private String venueName = "";

    @Size(max = 500, message = "validation.tooLong")
    private String address = "";

    @Size(max = 200, message = "validation.tooLong")
    private String city = "";

    private String country = "";
    private String region = "";
    private String latitude = "";
    private String longitude = "";

    @Size(max = 1000, message = "validation.tooLong")
    @URL(regexp = "(?i)(https?://.+)?", message = "validation.url")
    private String onlineUrl = "";

    private List<String> languages = new ArrayList<>();
    private List<String> interpretation = new ArrayList<>();

    @Translatable(max = 2_000, required = false)
    private TranslatableInput accessibility = new TranslatableInput();

    @Translatable(max = 20_000, required = false)
    private TranslatableInput outcomes = new TranslatableInput();

    /** lg:12 or partner:3. */
    private List<String> organisers = new ArrayList<>();

    private List<String> coOrganisers = new ArrayList<>();

    private List<MaterialRow> materials = new ArrayList<>();

    private List<Long> articleIds = new ArrayList<>();

    private String registrationMode = RegistrationMode.CLOSED.code();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationOpens;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationCloses;

    @Min(value = 1, message = "events.error.capacity")
    @Max(value = 100_000, message = "events.error.capacity")
    private Integer capacity;

    private boolean approval;

    private long version;

    public EventForm() {
        padMaterials();
    }

    /** One row of the materials table; a row with neither link nor resource is ignored. */
    public static class MaterialRow {
        private String kind = MaterialKind.AGENDA.code();

        @Size(max = 300, message = "validation.tooLong")
        private String label = "";

        @Size(max = 1000, message = "validation.tooLong")
        @URL(regexp = "(?i)(https?://.+)?", message = "validation.url")
        private String url = "";

        private Long resourceId;

        public boolean blank() {
            return url.isBlank() && resourceId == null;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = Inputs.orEmpty(kind);
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = Inputs.orEmpty(label);
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = Inputs.orEmpty(url).strip();
        }

        public Long getResourceId() {
            return resourceId;
        }

        public void setResourceId(Long resourceId) {
            this.resourceId = resourceId;
        }
    }

    public static EventForm of(EventView e) {
        EventForm f = new EventForm();
        EventData d = e.data();
        f.kind = d.kind().code();
        f.title = TranslatableInput.from(d.title());
        f.summary = TranslatableInput.from(d.summary());
        f.description = TranslatableInput.from(d.description());
        f.timeZone = d.timeZone().getId();
        f.startDate = e.start().toLocalDate();
        f.startTime = e.start().toLocalTime();
        f.endDate = e.end().toLocalDate();
        f.endTime = e.end().toLocalTime();
        f.venueName = Inputs.orEmpty(d.venue().name());
        f.address = Inputs.orEmpty(d.venue().address());
        f.city = Inputs.orEmpty(d.venue().city());
        f.country = Inputs.orEmpty(d.venue().country());
        f.latitude = d.venue().latitude() == null ? "" : d.venue().latitude().toString();
        f.longitude = d.venue().longitude() == null ? "" : d.venue().longitude().toString();
        f.onlineUrl = Inputs.orEmpty(d.onlineUrl());
        f.region = Inputs.orEmpty(d.region());
        f.languages = new ArrayList<>(d.languages());
        f.interpretation = new ArrayList<>(d.interpretation());
        f.accessibility = TranslatableInput.from(d.accessibility());
        f.outcomes = TranslatableInput.from(d.outcomes());
        f.organisers = new ArrayList<>(d.organisers().stream()
                .filter(Organiser::lead)
                .map(o -> o.party() + ":" + o.partyId())
                .toList());
        f.coOrganisers = new ArrayList<>(d.organisers().stream()
                .filter(o -> !o.lead())
                .map(o -> o.party() + ":" + o.partyId())
                .toList());
        f.materials = new ArrayList<>();
        for (Material m : d.materials()) {
            MaterialRow row = new MaterialRow();
            row.kind = m.kind().code();
            row.label = Inputs.orEmpty(m.label());
            row.url = Inputs.orEmpty(m.url());
            row.resourceId = m.resourceId();
            f.materials.add(row);
        }
        f.padMaterials();
        f.articleIds = new ArrayList<>(d.articleIds());
        EventData.Registration r = d.registration();
        f.registrationMode = r.mode().code();
        f.registrationOpens =
                r.opensAt() == null ? null : r.opensAt().atZone(d.timeZone()).toLocalDate();
        f.registrationCloses = r.closesAt() == null
                ? null
                : r.closesAt().atZone(d.timeZone()).toLocalDate().minusDays(1);
        f.capacity = r.capacity();
        f.approval = r.approval();
        f.version = e.version();
        return f;
    }

    /** Empty rows to type new materials in, after those already there. */
    private void padMaterials() {
        materials.removeIf(MaterialRow::blank);
        int rows = Math.max(MATERIAL_ROWS, materials.size() + 2);
        while (materials.size() < rows) {
            materials.add(new MaterialRow());
        }
    }

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        if (EventKind.ofCode(kind).isEmpty()) {
            rules.reject("kind", "validation.choice");
        }
        ZoneId zone = zone();
        if (zone == null) {
            rules.reject("timeZone", "events.error.timeZone");
        }
        if (startDate != null && startTime != null && endDate != null && endTime != null) {
            if (endDate.atTime(endTime).isBefore(startDate.atTime(startTime))) {
                rules.reject("endDate", "events.error.period");
            }
            if (startDate.getYear() < 1990 || endDate.getYear() > 2200) {
                rules.reject("startDate", "events.error.year");
            }
        }
        if (venueName.isBlank() && city.isBlank() && address.isBlank() && onlineUrl.isBlank()) {
            rules.reject("city", "events.error.where");
        }
        if (!country.isBlank() && !country.strip().matches("[A-Za-z]{2}")) {
            rules.reject("country", "events.error.country");
        }
        Double lat = number(latitude);
        Double lon = number(longitude);
        if (!latitude.isBlank() && (lat == null || lat < -90 || lat > 90)) {
            rules.reject("latitude", "events.error.latitude");
        }
        if (!longitude.isBlank() && (lon == null || lon < -180 || lon > 180)) {
            rules.reject("longitude", "events.error.longitude");
        }
        if (languages.stream().anyMatch(l -> l == null || !l.matches("[a-z]{2,3}"))
                || interpretation.stream().anyMatch(l -> l == null || !l.matches("[a-z]{2,3}"))) {
            rules.reject("languages", "validation.choice");
        }
        if (RegistrationMode.ofCode(registrationMode).isEmpty()) {
            rules.reject("registrationMode", "validation.choice");
        }
        if (registrationOpens != null && registrationCloses != null && registrationCloses.isBefore(registrationOpens)) {
            rules.reject("registrationCloses", "events.error.registrationPeriod");
        }
        for (int i = 0; i < materials.size(); i++) {
            if (MaterialKind.ofCode(materials.get(i).kind).isEmpty()) {
                rules.reject("materials[" + i + "].kind", "validation.choice");
            }
        }
        if (!parties(organisers).stream().allMatch(o -> o != null)
                || !parties(coOrganisers).stream().allMatch(o -> o != null)) {
            rules.reject("organisers", "validation.choice");
        }
    }

    private ZoneId zone() {
        try {
            return ZoneId.getAvailableZoneIds().contains(timeZone) ? ZoneId.of(timeZone) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Double number(String s) {
        if (s.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.strip().replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** lg:12 as an organiser; null for anything else. */
    private static List<Organiser> parties(List<String> codes) {
        List<Organiser> out = new ArrayList<>();
        for (String c : codes) {
            String[] parts = c == null ? new String[0] : c.split(":", 2);
            if (parts.length == 2
                    && (parts[0].equals(Organiser.LOCAL_GOVERNMENT) || parts[0].equals(Organiser.PARTNER))
                    && parts[1].matches("\\d{1,15}")) {
                out.add(new Organiser(parts[0], Long.parseLong(parts[1]), true));
            } else {
                out.add(null);
            }
        }
        return out;
    }

    /** The organisers chosen, leads first; a party chosen twice counts as a lead. */
    public List<Organiser> organiserList() {
        Set<String> seen = new LinkedHashSet<>();
        List<Organiser> out = new ArrayList<>();
        for (Organiser o : parties(organisers)) {
            if (seen.add(o.party() + ":" + o.partyId())) {
                out.add(o);
            }
        }
        for (Organiser o : parties(coOrganisers)) {
            if (seen.add(o.party() + ":" + o.partyId())) {
                out.add(new Organiser(o.party(), o.partyId(), false));
            }
        }
        return out;
    }

    /** The event as typed, once the form is valid. */
    public EventData toData() {
        ZoneId zone = zone();
        List<Material> kept = materials.stream()
                .filter(m -> !m.blank())
                .map(m -> new Material(
                        MaterialKind.ofCode(m.kind).orElseThrow(),
                        Inputs.blankToNull(m.label),
                        Inputs.blankToNull(m.url),
                        m.url.isBlank() ? m.resourceId : null))
                .toList();
        RegistrationMode mode = RegistrationMode.ofCode(registrationMode).orElseThrow();
        return new EventData(
                EventKind.ofCode(kind).orElseThrow(),
                title.toText(),
                summary.toText(),
                description.toText(),
                startDate.atTime(startTime).atZone(zone).toInstant(),
                endDate.atTime(endTime).atZone(zone).toInstant(),
                zone,
                new EventData.Venue(
                        Inputs.blankToNull(venueName),
                        Inputs.blankToNull(address),
                        Inputs.blankToNull(city),
                        country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT),
                        number(latitude),
                        number(longitude)),
                Inputs.blankToNull(onlineUrl),
                Inputs.blankToNull(region),
                Set.copyOf(languages),
                Set.copyOf(interpretation),
                accessibility.toText(),
                outcomes.toText(),
                organiserList(),
                kept,
                Set.copyOf(articleIds),
                new EventData.Registration(
                        mode,
                        registrationOpens == null
                                ? null
                                : registrationOpens.atStartOfDay(zone).toInstant(),
                        registrationCloses == null
                                ? null
                                : registrationCloses
                                        .plusDays(1)
                                        .atStartOfDay(zone)
                                        .toInstant(),
                        capacity,
                        approval));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = Inputs.orEmpty(kind);
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

    public TranslatableInput getDescription() {
        return description;
    }

    public void setDescription(TranslatableInput description) {
        this.description = description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = Inputs.orEmpty(timeZone).strip();
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = Inputs.orEmpty(venueName);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Inputs.orEmpty(address);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = Inputs.orEmpty(city);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = Inputs.orEmpty(country);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = Inputs.orEmpty(region);
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = Inputs.orEmpty(latitude);
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = Inputs.orEmpty(longitude);
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = Inputs.orEmpty(onlineUrl).strip();
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

    public TranslatableInput getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(TranslatableInput accessibility) {
        this.accessibility = accessibility;
    }

    public TranslatableInput getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(TranslatableInput outcomes) {
        this.outcomes = outcomes;
    }

    public List<String> getOrganisers() {
        return organisers;
    }

    public void setOrganisers(List<String> organisers) {
        this.organisers = organisers == null ? new ArrayList<>() : organisers;
    }

    public List<String> getCoOrganisers() {
        return coOrganisers;
    }

    public void setCoOrganisers(List<String> coOrganisers) {
        this.coOrganisers = coOrganisers == null ? new ArrayList<>() : coOrganisers;
    }

    public List<MaterialRow> getMaterials() {
        return materials;
    }

    public void setMaterials(List<MaterialRow> materials) {
        this.materials = materials == null ? new ArrayList<>() : materials;
    }

    public List<Long> getArticleIds() {
        return articleIds;
    }

    public void setArticleIds(List<Long> articleIds) {
        this.articleIds = articleIds == null ? new ArrayList<>() : articleIds;
    }

    public String getRegistrationMode() {
        return registrationMode;
    }

    public void setRegistrationMode(String registrationMode) {
        this.registrationMode = Inputs.orEmpty(registrationMode);
    }

    public LocalDate getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(LocalDate registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public LocalDate getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(LocalDate registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isApproval() {
        return approval;
    }

    public void setApproval(boolean approval) {
        this.approval = approval;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
