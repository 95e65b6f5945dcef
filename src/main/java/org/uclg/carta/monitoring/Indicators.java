package org.uclg.carta.monitoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Indicators extends JpaRepository<Indicator, Long> {

    @Query("select i from Indicator i order by i.kind, i.code")
    List<Indicator> allInOrder();

    Optional<Indicator> findByCode(String code);
}
