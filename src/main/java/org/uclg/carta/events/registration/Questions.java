package org.uclg.carta.events.registration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Questions extends JpaRepository<Question, Long> {

    List<Question> findByEventIdOrderByPositionAscIdAsc(long eventId);
}
