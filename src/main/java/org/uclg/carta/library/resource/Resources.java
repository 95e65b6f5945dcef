package org.uclg.carta.library.resource;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.uclg.carta.kit.content.PublicationState;

public interface Resources extends JpaRepository<Resource, Long> {

    public Optional<Resource> findByExternalId(String externalId);

    @Query(
            "select count(r) from Resource r where r.publication.state = org.uclg.carta.kit.content.PublicationState.PUBLISHED")
    public long countPublished();

    @Query(
            "select r.id from Resource r where r.publication.state = org.uclg.carta.kit.content.PublicationState.PUBLISHED order by r.id")
    public List<Long> publishedIds();

    @Query("select r from Resource r where r.publication.state = ?1 order by r.publication.submittedAt")
    public List<Resource> inState(PublicationState state);

    @Query("select distinct r from Resource r join r.localGovernmentIds lg where lg = ?1"
            + " and r.publication.state = org.uclg.carta.kit.content.PublicationState.PUBLISHED"
            + " order by r.issuedOn desc nulls last")
    public List<Resource> publishedFor(Long localGovernmentId);

    @Query("select distinct r from Resource r join r.articleTags t where t.articleId = ?1"
            + " and r.publication.state = org.uclg.carta.kit.content.PublicationState.PUBLISHED"
            + " order by r.issuedOn desc nulls last")
    public List<Resource> publishedTaggedWith(Long articleId);

    @Query("select r from Resource r where r.ownerLocalGovernmentId in ?1 order by r.updatedAt desc")
    public List<Resource> ownedBy(Collection<Long> localGovernmentIds);

    @Query("select r from Resource r where r.publication.state = org.uclg.carta.kit.content.PublicationState.PUBLISHED"
            + " order by r.publication.reviewedAt desc nulls last, r.id desc")
    public List<Resource> latestPublished(org.springframework.data.domain.Pageable page);
}
