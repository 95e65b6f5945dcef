package org.uclg.carta.library.documents;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResourceFiles extends JpaRepository<ResourceFile, Long> {

    /** Pending documents after the given id, in id order. */
    @Query("select new org.uclg.carta.library.documents.ResourceFiles$Work(f.id, f.storageKey, f.contentType)"
            + " from ResourceFile f where f.status = org.uclg.carta.library.documents.FileStatus.PENDING and f.id > ?1"
            + " order by f.id")
    public List<Work> pending(long after, org.springframework.data.domain.Pageable limit);

    /** What the extraction job needs to read a pending document. */
    public record Work(long id, String key, String contentType) {}

    /** Documents with their resources, read together: a resource is reindexed when its documents' text changes. */
    @Query("select f from ResourceFile f join fetch f.resource r left join fetch r.files where f.id in ?1")
    public List<ResourceFile> withResources(java.util.Collection<Long> ids);

    @Query("select f from ResourceFile f join fetch f.resource where f.resource.id = ?1 order by f.id")
    public List<ResourceFile> ofResource(Long resourceId);

    @Query("select f from ResourceFile f where f.id = ?1 and f.resource.id = ?2")
    public java.util.Optional<ResourceFile> find(Long fileId, Long resourceId);
}
