package org.uclg.carta.events.calendar;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The events, each with its collections (fetched eagerly, in batches). */
public interface Events extends JpaRepository<Event, Long> {

    /** The event row locked until the transaction ends: registrations to one event take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = ?1")
    Optional<Event> lockById(long id);

    @Query("select e from Event e where e.state <> 'DRAFT' order by e.publishedAt desc nulls last, e.id desc")
    List<Event> latestPublished(org.springframework.data.domain.Limit limit);

    @Query("select e.id from Event e where e.state <> 'DRAFT' order by e.startsAt desc, e.id")
    List<Long> publicIds();

    @Query(
            "select distinct e from Event e join e.articleIds a where a = ?1 and e.state <> 'DRAFT' order by e.startsAt desc")
    List<Event> publicTaggedWith(long articleId);

    @Query("select distinct e from Event e join e.organisers o where o.party = 'lg' and o.partyId = ?1"
            + " and e.state <> 'DRAFT' order by e.startsAt desc")
    List<Event> publicOrganisedBy(long localGovernmentId);

    @Query("select distinct e from Event e join e.organisers o where o.party = 'partner' and o.partyId = ?1"
            + " and e.state <> 'DRAFT' order by e.startsAt desc")
    List<Event> publicOrganisedByPartner(long partnerId);
}
