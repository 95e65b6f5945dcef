package org.uclg.carta.monitoring.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Reports extends JpaRepository<Report, Long> {

    @Query("select r from Report r where r.cycleId = ?1 order by r.id")
    public List<Report> ofCycle(long cycleId);

    @Query("select r from Report r where r.cycleId = ?1 and r.state = ?2 order by r.id")
    public List<Report> ofCycle(long cycleId, ReportState state);

    @Query("select r from Report r where r.cycleId = ?1 and r.localGovernmentId = ?2")
    public Optional<Report> find(long cycleId, long localGovernmentId);

    @Query("select r from Report r where r.localGovernmentId = ?1 order by r.id desc")
    public List<Report> ofLocalGovernment(long localGovernmentId);

    public boolean existsByCycleId(long cycleId);

    public long countByCycleIdAndState(long cycleId, ReportState state);
}
