package org.uclg.carta.library.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import org.uclg.carta.kit.files.StoredFile;
import org.uclg.carta.library.resource.Resource;

/** A document attached to a resource (one language version of it), with its extracted pages. */
@Entity
@Table(name = "resource_file")
@org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding(
        binder =
                @org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef(
                        type = DocumentTextBinder.class))
public class ResourceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id")
    private Resource resource;

    private String storageKey;
    private String sha256;
    private String contentType;
    private Long sizeBytes;
    private String originalName;
    private String language;

    @Enumerated(EnumType.STRING)
    private FileStatus status;

    private String statusDetail;
    private String detectedLanguage;
    private Integer pageCount;
    private String thumbnailKey;
    private Instant createdAt;

    @OneToMany(mappedBy = "file", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("pageNumber")
    private List<ResourceFilePage> pages = new ArrayList<>();

    @Version
    private long version;

    protected ResourceFile() {}

    public ResourceFile(Resource resource, StoredFile stored, String language, Instant now) {
        this.resource = resource;
        this.storageKey = stored.key();
        this.sha256 = stored.sha256();
        this.contentType = stored.contentType();
        this.sizeBytes = stored.size();
        this.originalName = stored.originalName();
        this.language = language;
        this.status = FileStatus.PENDING;
        this.createdAt = now;
    }

    /** The file type, for the file-type facet ("pdf", "docx"…). */
    @KeywordField(aggregable = Aggregable.YES)
    @org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency(
            derivedFrom =
                    @org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath(
                            @org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue(
                                    propertyName = "contentType")))
    public String getFileType() {
        return FileTypes.extension(contentType);
    }

    public void extracted(List<String> pageTexts, String detected) {
        pages.clear();
        for (int i = 0; i < pageTexts.size(); i++) {
            if (!pageTexts.get(i).isBlank()) {
                pages.add(new ResourceFilePage(this, i + 1, pageTexts.get(i)));
            }
        }
        this.pageCount = pageTexts.size();
        this.detectedLanguage = detected;
        this.status = pages.isEmpty() ? FileStatus.NO_TEXT : FileStatus.READY;
        this.statusDetail = null;
    }

    public void failed(String messageKey) {
        this.status = FileStatus.FAILED;
        this.statusDetail = messageKey;
    }

    public void retry() {
        this.status = FileStatus.PENDING;
        this.statusDetail = null;
    }

    /** The language a page's text is analysed in: the one given, else the one detected. */
    public String textLanguage() {
        return language != null ? language : detectedLanguage;
    }

    public Long id() {
        return id;
    }

    public List<ResourceFilePage> pages() {
        return pages;
    }

    public Resource resource() {
        return resource;
    }

    public String storageKey() {
        return storageKey;
    }

    public String sha256() {
        return sha256;
    }

    public String contentType() {
        return contentType;
    }

    public FileView view() {
        return new FileView(
                id,
                resource.id(),
                originalName,
                contentType,
                FileTypes.extension(contentType),
                sizeBytes,
                language,
                status,
                statusDetail,
                detectedLanguage,
                pageCount,
                thumbnailKey != null || canHaveThumbnail());
    }

    /** A PDF that has been read and has pages: its first page can be pictured. */
    public boolean canHaveThumbnail() {
        return contentType.equals("application/pdf") && pageCount != null && pageCount > 0;
    }

    public void thumbnail(String key) {
        this.thumbnailKey = key;
    }

    public String thumbnailKey() {
        return thumbnailKey;
    }

    public String originalName() {
        return originalName;
    }
}
