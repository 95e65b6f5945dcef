package org.uclg.carta.monitoring.adherence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Adherences extends JpaRepository<Adherence, Long> {

    @Query("select a from Adherence a where a.frameworkCode = ?1 and a.withdrawnOn is null order by a.adheredOn")
    public List<Adherence> currentOf(String frameworkCode);

    @Query("select a from Adherence a where a.localGovernmentId = ?1 order by a.adheredOn")
    public List<Adherence> ofLocalGovernment(long localGovernmentId);

    @Query(
            "select a from Adherence a where a.localGovernmentId = ?1 and a.frameworkCode = ?2 and a.withdrawnOn is null")
    public Optional<Adherence> current(long localGovernmentId, String frameworkCode);

    @Query("select a.frameworkCode, count(a) from Adherence a where a.withdrawnOn is null group by a.frameworkCode")
    public List<Object[]> countsByFramework();

    @Query("select count(distinct a.localGovernmentId) from Adherence a where a.withdrawnOn is null")
    public long currentAdherents();
}
