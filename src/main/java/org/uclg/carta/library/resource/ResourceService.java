package org.uclg.carta.library.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.library.LibraryPermissions;
import org.uclg.carta.library.ResourcePublished;
import org.uclg.carta.library.documents.FileTypes;
import org.uclg.carta.library.documents.FileView;
import org.uclg.carta.library.documents.ResourceFile;
import org.uclg.carta.library.documents.ResourceFiles;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * Writes to the Resource Space and decides who may do what: representatives work on their own
 * local government's drafts and submit them; editors edit everything, publish and return.
 */
@Service
@Transactional
public class ResourceService {

    public static final String ITEM_TYPE = "resource";

    private final Resources resources;
    private final Taxonomy taxonomy;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.uclg.carta.kit.files.FileStorage storage;
    private final ResourceFiles files;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final LibraryPermissions permissions;

    public ResourceService(
            Resources resources,
            Taxonomy taxonomy,
            Directory directory,
            AuditTrail audit,
            Clock clock,
            org.uclg.carta.kit.files.FileStorage storage,
            ResourceFiles files,
            org.springframework.context.ApplicationEventPublisher events,
            LibraryPermissions permissions) {
        this.permissions = permissions;
        this.events = events;
        this.storage = storage;
        this.files = files;
        this.resources = resources;
        this.taxonomy = taxonomy;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ResourceView> find(long id) {
        return resources.findById(id).map(ResourceView::of);
    }

    @Transactional(readOnly = true)
    public java.util.List<FileView> files(long resourceId) {
        return files.ofResource(resourceId).stream().map(ResourceFile::view).toList();
    }

    /** A resource the viewer may see: published, or theirs to work on, or any for editors. */
    @Transactional(readOnly = true)
    public ResourceView visible(long id, Actor viewer) {
        ResourceView r = find(id).orElseThrow(NotFoundException::new);
        if (permissions.maySee(viewer, r)) {
            return r;
        }
        throw new NotFoundException();
    }

    public long create(ResourceData data, List<Long> articleIds, Long owner, Actor author) {
        permissions.requireCreateFor(author, owner);
        Resource r = new Resource("carta-" + java.util.UUID.randomUUID(), owner, author.username(), now());
        r.apply(derive(data), now());
        r.tag(articleTags(articleIds));
        r = resources.save(r);
        audit.record(ITEM_TYPE, r.id(), "created", null);
        return r.id();
    }

    public void update(long id, long seenVersion, ResourceData data, List<Long> articleIds, Actor editor) {
        Resource r = resources.findById(id).orElseThrow(NotFoundException::new);
        permissions.requireEdit(editor, ResourceView.of(r));
        if (r.version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Resource.class, id);
        }
        r.apply(derive(data), now());
        r.tag(articleTags(articleIds));
        audit.record(ITEM_TYPE, id, "updated", null);
    }

    /**
     * Attaches a document. It is refused, with nothing left on disk, when it is empty, too large,
     * of a type the Resource Space does not take, or not what its name says.
     */
    public long attach(long resourceId, java.io.InputStream content, String originalName, String language, Actor user)
            throws java.io.IOException {
        Resource r = resources.findById(resourceId).orElseThrow(NotFoundException::new);
        permissions.requireEdit(user, ResourceView.of(r));
        ResourceFile file = new ResourceFile(r, storeChecked(content, originalName), language, now());
        r.files().add(file);
        resources.flush();
        audit.record(ITEM_TYPE, resourceId, "fileAdded", originalName);
        return file.id();
    }

    /** Attaches a document on the platform's own behalf (demo content, imports), with the same checks. */
    public long attachTrusted(long resourceId, java.io.InputStream content, String originalName, String language)
            throws java.io.IOException {
        Resource r = resources.findById(resourceId).orElseThrow(NotFoundException::new);
        ResourceFile file = new ResourceFile(r, storeChecked(content, originalName), language, now());
        r.files().add(file);
        resources.flush();
        return file.id();
    }

    /** Like {@link #attachTrusted}, but a document the resource already has (same bytes) is not added again. */
    public void attachOnce(long resourceId, java.io.InputStream content, String originalName, String language)
            throws java.io.IOException {
        Resource r = resources.findById(resourceId).orElseThrow(NotFoundException::new);
        org.uclg.carta.kit.files.StoredFile stored = storeChecked(content, originalName);
        if (r.files().stream().anyMatch(f -> f.sha256().equals(stored.sha256()))) {
            deleteQuietly(stored.key());
            return;
        }
        r.files().add(new ResourceFile(r, stored, language, now()));
        resources.flush();
        audit.record(ITEM_TYPE, resourceId, "fileAdded", originalName);
    }

    /**
     * Stores a document for the current transaction: refused when empty, too large, of a type the
     * Resource Space does not take, or not what its name says; removed from disk if the
     * transaction rolls back, so no orphan file is ever left.
     */
    private org.uclg.carta.kit.files.StoredFile storeChecked(java.io.InputStream content, String originalName)
            throws java.io.IOException {
        org.uclg.carta.kit.files.StoredFile stored = storage.store(content, originalName);
        afterTransaction(committed -> {
            if (!committed) {
                deleteQuietly(stored.key());
            }
        });
        if (!FileTypes.accepted(stored.contentType())) {
            throw new org.uclg.carta.kit.files.FileRejectedException("file.typeNotAccepted");
        }
        if (!FileTypes.nameMatches(originalName, stored.contentType())) {
            throw new org.uclg.carta.kit.files.FileRejectedException("file.mismatch");
        }
        return stored;
    }

    /**
     * Takes a document off a resource: its row, pages and index entries go with this transaction,
     * its stored bytes (and thumbnail) once it has committed.
     */
    public void removeFile(long resourceId, long fileId, Actor user) {
        Resource r = resources.findById(resourceId).orElseThrow(NotFoundException::new);
        permissions.requireEdit(user, ResourceView.of(r));
        ResourceFile file = file(r, fileId);
        r.files().remove(file);
        audit.record(ITEM_TYPE, resourceId, "fileRemoved", file.originalName());
        List<String> keys = java.util.stream.Stream.of(file.storageKey(), file.thumbnailKey())
                .filter(java.util.Objects::nonNull)
                .toList();
        afterTransaction(committed -> {
            if (committed) {
                keys.forEach(this::deleteQuietly);
            }
        });
    }

    /** Runs the action once the current transaction has ended, told whether it committed. */
    private static void afterTransaction(java.util.function.Consumer<Boolean> action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.accept(status == STATUS_COMMITTED);
            }
        });
    }

    private static ResourceFile file(Resource r, long fileId) {
        return r.files().stream().filter(f -> f.id() == fileId).findFirst().orElseThrow(NotFoundException::new);
    }

    public void retryExtraction(long resourceId, long fileId, Actor editor) {
        permissions.requireEditor(editor);
        Resource r = resources.findById(resourceId).orElseThrow(NotFoundException::new);
        file(r, fileId).retry();
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (java.io.IOException ignored) {
            // Left for a later clean-up; the database never points at it.
        }
    }

    public void submit(long id, Actor who) {
        Resource r = resources.findById(id).orElseThrow(NotFoundException::new);
        permissions.requireEdit(who, ResourceView.of(r));
        r.publication().submit(who.username(), now());
        audit.record(ITEM_TYPE, id, "submitted", null);
    }

    public void publish(long id, Actor editor) {
        permissions.requireEditor(editor);
        Resource r = resources.findById(id).orElseThrow(NotFoundException::new);
        r.publication().publish(editor.username(), now());
        audit.record(ITEM_TYPE, id, "published", null);
        events.publishEvent(new ResourcePublished(id));
    }

    public void returnToAuthor(long id, String reason, Actor editor) {
        permissions.requireEditor(editor);
        Resource r = resources.findById(id).orElseThrow(NotFoundException::new);
        r.publication().returnToAuthor(editor.username(), now(), reason);
        audit.record(ITEM_TYPE, id, "returned", reason);
    }

    /** Demo content and imports: matched by external id, published as given; true when created. */
    public boolean upsertPublished(String externalId, ResourceData data, List<Long> articleIds, Long owner) {
        return upsert(externalId, data, articleIds, owner).created();
    }

    /** Whole views of some resources (the API's list gives every field), by id. */
    @Transactional(readOnly = true)
    public Map<Long, ResourceView> views(List<Long> ids) {
        Map<Long, ResourceView> views = new java.util.HashMap<>();
        resources.findAllById(ids).forEach(r -> views.put(r.id(), ResourceView.of(r)));
        return views;
    }

    @Transactional(readOnly = true)
    public Optional<ResourceForm> formByExternalId(String externalId) {
        return resources
                .findByExternalId(externalId)
                .map(r -> ResourceForm.of(
                        ResourceView.of(r), r.articleIds().stream().toList()));
    }

    public Upserted upsert(String externalId, ResourceData data, List<Long> articleIds, Long owner) {
        Optional<Resource> existing = resources.findByExternalId(externalId);
        Resource r = existing.orElseGet(() -> new Resource(externalId, owner, AuditTrail.currentActor(), now()));
        r.apply(derive(data), now());
        if (!r.publication().isPublished()) {
            r.publication().publish(AuditTrail.currentActor(), now());
        }
        r.tag(articleTags(articleIds));
        resources.save(r);
        return new Upserted(r.id(), existing.isEmpty());
    }

    public record Upserted(long id, boolean created) {}

    @Transactional(readOnly = true)
    public boolean canEdit(ResourceView r, Actor user) {
        return permissions.mayEdit(user, r);
    }

    /** Tags with their framework; unknown article ids are dropped. */
    private java.util.Set<ArticleTag> articleTags(java.util.Collection<Long> articleIds) {
        return taxonomy.articles(java.util.Set.copyOf(articleIds)).stream()
                .map(a -> new ArticleTag(a.id(), a.frameworkCode()))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Region and country come from the local governments concerned when not given. */
    private ResourceData derive(ResourceData d) {
        List<LocalGovernmentView> lgs = directory.findAll(d.localGovernmentIds());
        String country = d.country() != null
                ? d.country()
                : lgs.isEmpty() ? null : lgs.get(0).country();
        String region = lgs.stream()
                .filter(lg -> lg.country().equals(country))
                .map(LocalGovernmentView::region)
                .findFirst()
                .orElse(lgs.isEmpty() ? null : lgs.get(0).region());
        return new ResourceData(
                d.type(),
                d.title(),
                d.summary(),
                d.body(),
                d.sections(),
                d.originalLanguages(),
                d.issuedOn(),
                d.authors(),
                d.licence(),
                d.externalUrl(),
                region,
                country,
                d.localGovernmentIds(),
                d.themes());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
