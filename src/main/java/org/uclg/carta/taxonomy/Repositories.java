package org.uclg.carta.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Frameworks extends JpaRepository<Framework, Long> {

    Optional<Framework> findByCode(String code);

    List<Framework> findAllByOrderByPosition();
}

interface FrameworkParts extends JpaRepository<FrameworkPart, Long> {

    Optional<FrameworkPart> findByFrameworkIdAndNumber(Long frameworkId, String number);

    List<FrameworkPart> findByFrameworkIdOrderByPosition(Long frameworkId);
}

interface Articles extends JpaRepository<Article, Long> {

    Optional<Article> findByFrameworkIdAndNumber(Long frameworkId, String number);

    List<Article> findByFrameworkIdOrderByPosition(Long frameworkId);

    List<Article> findAllByOrderByFrameworkIdAscPositionAsc();

    @Query("select count(a) from Article a where a.frameworkId = ?1")
    long countByFramework(Long frameworkId);
}

interface HrcDocuments extends JpaRepository<HrcDocument, String> {

    List<HrcDocument> findAllByOrderByPosition();
}

interface Regions extends JpaRepository<Region, String> {

    List<Region> findAllByOrderByPosition();
}

interface TagRows extends JpaRepository<TagRow, TagRow.Key> {

    @Query("select t from TagRow t where t.key.itemType = ?1 and t.key.itemId = ?2")
    List<TagRow> forItem(String itemType, Long itemId);

    @Query("select t from TagRow t where t.key.articleId = ?1")
    List<TagRow> forArticle(Long articleId);

    @Modifying
    @Query("delete from TagRow t where t.key.itemType = ?1 and t.key.itemId = ?2")
    void deleteItem(String itemType, Long itemId);

    @Query("select t.key.itemId from TagRow t where t.key.itemType = ?1 and t.key.articleId in ?2")
    List<Long> itemsTaggedWithAny(String itemType, Collection<Long> articleIds);
}
