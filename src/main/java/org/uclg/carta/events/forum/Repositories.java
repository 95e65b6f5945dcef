package org.uclg.carta.events.forum;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Rooms extends JpaRepository<Room, Long> {
    @Query("select r from Room r where r.eventId = ?1 order by r.position, r.id")
    List<Room> ofEdition(long eventId);
}

interface Tracks extends JpaRepository<Track, Long> {
    @Query("select t from Track t where t.eventId = ?1 order by t.position, t.id")
    List<Track> ofEdition(long eventId);
}

interface Speakers extends JpaRepository<Speaker, Long> {
    @Query("select s from Speaker s order by lower(s.name)")
    List<Speaker> byName();
}

interface Sessions extends JpaRepository<ForumSession, Long> {
    @Query("select s from ForumSession s where s.eventId = ?1 order by s.startsAt, s.id")
    List<ForumSession> ofEdition(long eventId);

    @Query(
            "select s from ForumSession s where s.eventId = ?1 and s.startsAt >= ?2 and s.startsAt < ?3 order by s.startsAt, s.id")
    List<ForumSession> between(long eventId, java.time.Instant from, java.time.Instant to);

    @Query(
            "select distinct s from ForumSession s join s.speakers p where p.speakerId = ?1 and s.published order by s.startsAt")
    List<ForumSession> publishedWithSpeaker(long speakerId);

    @Query("select s from ForumSession s where s.id in ?1 order by s.startsAt, s.id")
    List<ForumSession> byIds(Collection<Long> ids);

    @Query("select s.id from ForumSession s where s.published")
    List<Long> publishedIds();
}
