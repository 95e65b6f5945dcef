package org.uclg.carta.library;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResourceFiles extends JpaRepository<ResourceFile, Long> {

    @Query("select new org.uclg.carta.library.ResourceFiles$Work(f.id, f.storageKey, f.contentType)"
            + " from ResourceFile f where f.status = org.uclg.carta.library.FileStatus.PENDING order by f.id")
    List<Work> pending(org.springframework.data.domain.Pageable limit);

    /** What the extraction job needs to read a pending document. */
    record Work(long id, String key, String contentType) {
    }

    @Query("select f from ResourceFile f join fetch f.resource where f.resource.id = ?1 order by f.id")
    List<ResourceFile> ofResource(Long resourceId);

    @Query("select f from ResourceFile f where f.id = ?1 and f.resource.id = ?2")
    java.util.Optional<ResourceFile> find(Long fileId, Long resourceId);
}
