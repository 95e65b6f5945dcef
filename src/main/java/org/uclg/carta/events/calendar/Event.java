package org.uclg.carta.events.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.TranslatableText;

/** A meeting, debate, learning session or Forum edition, with its registration settings. */
@Entity
@Table(name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    private EventState state = EventState.DRAFT;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText stateReason = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText title = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText summary = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText description = TranslatableText.empty();

    private Instant startsAt;
    private Instant endsAt;
    private String timeZone;

    private String venueName;
    private String address;
    private String city;
    private String country;
    private String region;
    private Double latitude;
    private Double longitude;
    private String onlineUrl;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText accessibility = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText outcomes = TranslatableText.empty();

    @Enumerated(EnumType.STRING)
    private RegistrationMode registrationMode = RegistrationMode.CLOSED;

    private Instant registrationOpensAt;
    private Instant registrationClosesAt;
    private Integer capacity;
    private boolean approval;

    private Instant publishedAt;
    private String createdBy;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_language", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_interpretation", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "language")
    private Set<String> interpretation = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_article", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "article_id")
    private Set<Long> articleIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Organiser> organisers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_material", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Material> materials = new ArrayList<>();

    @Version
    private long version;

    protected Event() {}

    public Event(String createdBy) {
        this.createdBy = createdBy;
    }

    public void apply(EventData d, Instant now) {
        kind = d.kind();
        title = d.title();
        summary = d.summary();
        description = d.description();
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        timeZone = d.timeZone().getId();
        EventData.Venue v = d.venue();
        venueName = v.name();
        address = v.address();
        city = v.city();
        country = v.country();
        latitude = v.latitude();
        longitude = v.longitude();
        onlineUrl = d.onlineUrl();
        region = d.region();
        replace(languages, d.languages());
        replace(interpretation, d.interpretation());
        replace(articleIds, d.articleIds());
        organisers.clear();
        organisers.addAll(d.organisers());
        materials.clear();
        materials.addAll(d.materials());
        accessibility = d.accessibility();
        outcomes = d.outcomes();
        EventData.Registration r = d.registration();
        registrationMode = r.mode();
        registrationOpensAt = r.opensAt();
        registrationClosesAt = r.closesAt();
        capacity = r.capacity();
        approval = r.approval();
        updatedAt = now;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    public void publish(Instant now) {
        if (state != EventState.DRAFT && state != EventState.POSTPONED) {
            throw new WorkflowException("workflow.transition.invalid");
        }
        state = EventState.PUBLISHED;
        stateReason = TranslatableText.empty();
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /** Cancels or postpones a public event, with the reason its registrants are told. */
    public void interrupt(EventState to, TranslatableText reason, Instant now) {
        if (state == EventState.DRAFT || state == EventState.CANCELLED || to == EventState.PUBLISHED) {
            throw new WorkflowException("workflow.transition.invalid");
        }
        state = to;
        stateReason = reason;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public EventView view() {
        return new EventView(id, state, stateReason, publishedAt, version, data());
    }

    public EventData data() {
        return new EventData(
                kind,
                title,
                summary,
                description,
                startsAt,
                endsAt,
                ZoneId.of(timeZone),
                new EventData.Venue(venueName, address, city, country, latitude, longitude),
                onlineUrl,
                region,
                languages,
                interpretation,
                accessibility,
                outcomes,
                organisers,
                materials,
                articleIds,
                new EventData.Registration(
                        registrationMode, registrationOpensAt, registrationClosesAt, capacity, approval));
    }
}
