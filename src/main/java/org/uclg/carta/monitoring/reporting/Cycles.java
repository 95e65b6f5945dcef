package org.uclg.carta.monitoring.reporting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Cycles extends JpaRepository<ReportingCycle, Long> {

    @Query("select c from ReportingCycle c where c.frameworkCode = ?1 order by c.periodEnd, c.id")
    public List<ReportingCycle> ofFramework(String frameworkCode);

    @Query("select c from ReportingCycle c order by c.periodEnd desc, c.id desc")
    public List<ReportingCycle> newestFirst();

    @Query("select c from ReportingCycle c where c.opensOn <= ?1 and c.deadline >= ?1 order by c.id")
    public List<ReportingCycle> openOn(LocalDate day);
}
