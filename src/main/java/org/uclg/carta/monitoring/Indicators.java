package org.uclg.carta.monitoring;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Indicators extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);
}
