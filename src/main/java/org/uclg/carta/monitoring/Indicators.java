package org.uclg.carta.monitoring;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Indicators extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);

    @Query("select i from Indicator i join i.articleIds a where a = ?1 order by i.code")
    java.util.List<Indicator> taggedWith(long articleId);
}
