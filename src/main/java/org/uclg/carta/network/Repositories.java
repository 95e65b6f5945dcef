package org.uclg.carta.network;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LocalGovernments extends JpaRepository<LocalGovernment, Long> {

    Optional<LocalGovernment> findByExternalId(String externalId);

    @Query("select distinct lg.country from LocalGovernment lg where lg.country is not null")
    List<String> countriesInUse();

    @Query("select count(distinct lg.country) from LocalGovernment lg")
    long countCountries();
}

interface Partners extends JpaRepository<Partner, Long> {

    Optional<Partner> findByExternalId(String externalId);
}
