package org.uclg.carta.monitoring.indicator;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Indicators extends JpaRepository<Indicator, Long> {

    public Optional<Indicator> findByCode(String code);

    @Query("select i from Indicator i join i.articleIds a where a = ?1 order by i.code")
    public java.util.List<Indicator> taggedWith(long articleId);
}
