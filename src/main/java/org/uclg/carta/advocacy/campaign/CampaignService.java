package org.uclg.carta.advocacy.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.advocacy.AdvocacyPermissions;
import org.uclg.carta.advocacy.CampaignAmended;
import org.uclg.carta.advocacy.CampaignOpened;
import org.uclg.carta.advocacy.CampaignProposed;
import org.uclg.carta.advocacy.CampaignUpdatePosted;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.taxonomy.Tags;

/**
 * Campaigns from proposal to closing. The secretariat opens one directly; a member local
 * government proposes one that editors approve or decline. Once someone endorsed or signed, a
 * change of the statement makes a new version (endorsers are told); before that it is corrected.
 */
@Service
@Transactional
public class CampaignService {

    private final CampaignStore store;
    private final AdvocacyPermissions permissions;
    private final Tags tags;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignService(
            CampaignStore store,
            AdvocacyPermissions permissions,
            Tags tags,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.permissions = permissions;
        this.tags = tags;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A campaign the actor may see: public ones for all, others for editors and the proposer. */
    @Transactional(readOnly = true)
    public CampaignView visible(long id, Actor actor) {
        CampaignView c = store.find(id).orElseThrow(NotFoundException::new);
        if (!c.state().isPublic() && !permissions.isEditor(actor) && !actor.represents(c.proposedBy())) {
            throw new NotFoundException();
        }
        return c;
    }

    /** A public campaign, or empty. */
    @Transactional(readOnly = true)
    public java.util.Optional<CampaignView> published(long id) {
        return store.find(id).filter(c -> c.state().isPublic());
    }

    @Transactional(readOnly = true)
    public List<CampaignView> list(List<CampaignState> states, Long articleId, Paging paging) {
        return store.list(states, articleId, paging);
    }

    @Transactional(readOnly = true)
    public long count(List<CampaignState> states, Long articleId) {
        return store.count(states, articleId);
    }

    /** What waits for the actor: proposals for editors, their own local governments' proposals for representatives. */
    @Transactional(readOnly = true)
    public List<CampaignView> pending(Actor actor) {
        if (permissions.isEditor(actor)) {
            List<CampaignView> all = new java.util.ArrayList<>(store.inState(CampaignState.PROPOSED));
            all.addAll(store.inState(CampaignState.DRAFT));
            return all;
        }
        return store.proposedBy(actor.localGovernments());
    }

    /** Every campaign a local government proposed, whatever its state; callers keep the public ones where needed. */
    @Transactional(readOnly = true)
    public List<CampaignView> proposedBy(long localGovernmentId) {
        return store.proposedBy(List.of(localGovernmentId));
    }

    @Transactional(readOnly = true)
    public List<CampaignView> ofInitiative(long initiativeId) {
        return store.ofInitiative(initiativeId);
    }

    @Transactional(readOnly = true)
    public List<Long> publicIds() {
        return store.publicIds();
    }

    @Transactional(readOnly = true)
    public List<Statement> statements(long id) {
        return store.statements(id);
    }

    @Transactional(readOnly = true)
    public List<CampaignUpdate> updates(long id) {
        return store.updates(id);
    }

    @Transactional(readOnly = true)
    public List<CampaignUpdate> latestUpdates(int limit) {
        return store.latestUpdates(limit);
    }

    @Transactional(readOnly = true)
    public List<CampaignView> linkedTo(String kind, long targetId) {
        return store.linkedTo(kind, targetId);
    }

    /** The secretariat creates a campaign, open at once or kept as a draft. */
    public long create(CampaignData data, TranslatableText statement, boolean open, Actor actor) {
        permissions.requireEditor(actor);
        Instant now = clock.instant();
        CampaignState state = open ? CampaignState.OPEN : CampaignState.DRAFT;
        long id = store.insert(state, data, statement, null, actor.username(), now);
        tags.set(CampaignStore.ITEM_TYPE, id, data.articleIds());
        audit.record(CampaignStore.ITEM_TYPE, id, "created", state.code());
        if (open) {
            events.publishEvent(new CampaignOpened(id));
        }
        return id;
    }

    /** A representative proposes a campaign for one of their local governments; editors approve it. */
    public long propose(CampaignData data, TranslatableText statement, long localGovernmentId, Actor actor) {
        permissions.requireActFor(actor, localGovernmentId);
        long id = store.insert(
                CampaignState.PROPOSED, data, statement, localGovernmentId, actor.username(), clock.instant());
        tags.set(CampaignStore.ITEM_TYPE, id, data.articleIds());
        audit.record(CampaignStore.ITEM_TYPE, id, "proposed", "local government " + localGovernmentId);
        events.publishEvent(new CampaignProposed(id, localGovernmentId));
        return id;
    }

    /**
     * Saves an edit. Editors edit any campaign; the proposer edits theirs while it waits. A changed
     * statement becomes a new version once the campaign has support, with the note saying what changed.
     */
    public void update(
            long id,
            long seenVersion,
            CampaignData data,
            TranslatableText statement,
            TranslatableText note,
            Actor actor) {
        CampaignView c = store.find(id).orElseThrow(NotFoundException::new);
        boolean proposer = c.state() == CampaignState.PROPOSED && actor.represents(c.proposedBy());
        AdvocacyPermissions.require(permissions.isEditor(actor) || proposer, "Not allowed to edit this campaign");
        Instant now = clock.instant();
        if (!store.update(id, seenVersion, data, now)) {
            throw new ObjectOptimisticLockingFailureException(CampaignView.class, id);
        }
        tags.set(CampaignStore.ITEM_TYPE, id, data.articleIds());
        if (!statement.equals(c.statement())) {
            if (store.hasSupport(id)) {
                int next = c.statementVersion() + 1;
                store.addStatement(id, next, statement, note, actor.username(), now);
                audit.record(CampaignStore.ITEM_TYPE, id, "amended", "statement version " + next);
                events.publishEvent(new CampaignAmended(id, next));
            } else {
                store.correctStatement(id, c.statementVersion(), statement);
            }
        }
        audit.record(CampaignStore.ITEM_TYPE, id, "updated", null);
    }

    public void approve(long id, Actor actor) {
        permissions.requireEditor(actor);
        CampaignView c = store.find(id).orElseThrow(NotFoundException::new);
        if (c.state() != CampaignState.PROPOSED && c.state() != CampaignState.DRAFT
                || !store.setState(id, c.state(), CampaignState.OPEN, null, clock.instant())) {
            throw new WorkflowException("campaigns.error.state");
        }
        audit.record(CampaignStore.ITEM_TYPE, id, "opened", null);
        events.publishEvent(new CampaignOpened(id));
    }

    public void decline(long id, String reason, Actor actor) {
        permissions.requireEditor(actor);
        transition(id, CampaignState.PROPOSED, CampaignState.DECLINED, reason, "declined");
    }

    public void close(long id, Actor actor) {
        permissions.requireEditor(actor);
        transition(id, CampaignState.OPEN, CampaignState.CLOSED, null, "closed");
    }

    public void reopen(long id, Actor actor) {
        permissions.requireEditor(actor);
        transition(id, CampaignState.CLOSED, CampaignState.OPEN, null, "reopened");
    }

    private void transition(long id, CampaignState from, CampaignState to, String reason, String action) {
        store.find(id).orElseThrow(NotFoundException::new);
        if (!store.setState(id, from, to, reason, clock.instant())) {
            throw new WorkflowException("campaigns.error.state");
        }
        audit.record(CampaignStore.ITEM_TYPE, id, action, reason);
    }

    /** A dated news post on the campaign, by the secretariat. */
    public long postUpdate(long id, TranslatableText title, TranslatableText body, Actor actor) {
        permissions.requireEditor(actor);
        store.find(id).orElseThrow(NotFoundException::new);
        long update = store.addUpdate(id, today(), title, body, actor.username(), clock.instant());
        audit.record(CampaignStore.ITEM_TYPE, id, "update posted", String.valueOf(update));
        events.publishEvent(new CampaignUpdatePosted(id, update));
        return update;
    }

    /** For demo content: an update with its own date. */
    public long postUpdateOn(long id, LocalDate on, TranslatableText title, TranslatableText body) {
        return store.addUpdate(id, on, title, body, "demo", clock.instant());
    }
}
