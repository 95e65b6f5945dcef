package org.uclg.carta.site;

import java.util.Optional;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.web.NotFoundException;

@Service
class SitePageService {

    private final SitePages pages;
    private final AuditTrail audit;

    SitePageService(SitePages pages, AuditTrail audit) {
        this.pages = pages;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Optional<SitePage> find(String slug) {
        return pages.findById(slug);
    }

    /** Saves an edit made on the version the editor saw; a newer version means someone else saved first. */
    @Transactional
    void save(String slug, PageForm form) {
        SitePage page = pages.findById(slug).orElseThrow(NotFoundException::new);
        if (page.version() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(SitePage.class, slug);
        }
        page.edit(form.getTitle().toText(), form.getBody().toText());
        audit.record("site_page", slug, "updated", null);
    }
}
