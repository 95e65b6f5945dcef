package org.uclg.carta.library.documents;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * The text of one page of a document. Pages have an index of their own, so that a search can
 * say on which page of a PDF the words are.
 */
@Entity
@Table(name = "resource_file_page")
@Indexed(index = "resource_page")
@TypeBinding(binder = @TypeBinderRef(type = PageTextBinder.class))
public class ResourceFilePage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_ids")
    @jakarta.persistence.SequenceGenerator(
            name = "page_ids",
            sequenceName = "resource_file_page_ids",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private ResourceFile file;

    @GenericField(projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private int pageNumber;

    private String text;

    protected ResourceFilePage() {}

    public ResourceFilePage(ResourceFile file, int pageNumber, String text) {
        this.file = file;
        this.pageNumber = pageNumber;
        this.text = text;
    }

    public ResourceFile file() {
        return file;
    }

    public int pageNumber() {
        return pageNumber;
    }

    public String text() {
        return text;
    }
}
