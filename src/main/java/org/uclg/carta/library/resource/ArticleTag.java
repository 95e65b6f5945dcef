package org.uclg.carta.library.resource;

import jakarta.persistence.Embeddable;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A rights tag of a resource: the article and its framework's code. */
@Embeddable
public record ArticleTag(
        @GenericField(aggregable = Aggregable.YES) Long articleId,
        @KeywordField(aggregable = Aggregable.YES) String frameworkCode) {}
