package org.uclg.carta.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.uclg.carta.kit.content.PublicationState;

interface Resources extends JpaRepository<Resource, Long> {

    Optional<Resource> findByExternalId(String externalId);

    @Query("select r from Resource r where r.publication.state = ?1 order by r.publication.submittedAt")
    List<Resource> inState(PublicationState state);

    @Query("select r from Resource r where r.publication.state = org.uclg.carta.kit.content.PublicationState.PUBLISHED"
            + " and (?1 is null or r.type = ?1) order by r.issuedOn desc nulls last, r.id desc")
    Page<Resource> published(ResourceType type, Pageable page);

    @Query("select distinct r from Resource r join r.localGovernmentIds lg where lg = ?1"
            + " and r.publication.state = org.uclg.carta.kit.content.PublicationState.PUBLISHED"
            + " order by r.issuedOn desc nulls last")
    List<Resource> publishedFor(Long localGovernmentId);

    @Query("select r from Resource r where r.ownerLocalGovernmentId in ?1 order by r.updatedAt desc")
    List<Resource> ownedBy(Collection<Long> localGovernmentIds);
}
