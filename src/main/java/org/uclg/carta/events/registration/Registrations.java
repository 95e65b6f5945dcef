package org.uclg.carta.events.registration;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Registrations extends JpaRepository<Registration, Long> {

    long countByEventIdAndState(long eventId, RegistrationState state);

    @Query("select r from Registration r where r.eventId = ?1 and r.state = 'WAITING' order by r.createdAt, r.id")
    List<Registration> nextWaiting(long eventId, Limit limit);

    @Query(
            "select r from Registration r where r.eventId = ?1 and lower(r.email) = lower(?2) and r.state <> 'CANCELLED'")
    Optional<Registration> live(long eventId, String email);

    @Query("select r from Registration r where r.eventId = ?1 order by r.state, r.createdAt, r.id")
    List<Registration> ofEvent(long eventId);

    @Query("select r from Registration r where r.eventId = ?1 order by r.createdAt, r.id")
    Stream<Registration> streamOfEvent(long eventId);

    @Query("select r from Registration r where r.eventId = ?1 and r.state in ('CONFIRMED', 'WAITING', 'PENDING')")
    List<Registration> liveOfEvent(long eventId);

    @Query("select r.eventId, r.state, count(r) from Registration r where r.eventId in ?1 group by r.eventId, r.state")
    List<Object[]> counts(java.util.Collection<Long> eventIds);
}
