package org.uclg.carta.events.debate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Debates extends JpaRepository<Debate, Long> {
    @Query("select d from Debate d order by d.closesOn desc, d.id desc")
    List<Debate> latestFirst();
}

interface Contributions extends JpaRepository<Contribution, Long> {
    @Query("select c from Contribution c where c.debateId = ?1 order by c.createdAt, c.id")
    List<Contribution> ofDebate(long debateId);
}
