package org.uclg.carta.monitoring.commitment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Commitments extends JpaRepository<Commitment, Long> {

    @Query("select c from Commitment c where c.localGovernmentId = ?1 order by c.startsOn nulls last, c.id")
    public List<Commitment> ofLocalGovernment(long localGovernmentId);

    @Query("select c from Commitment c join c.articleIds a where a = ?1 and c.open = true order by c.id")
    public List<Commitment> publicTaggedWith(long articleId);
}
