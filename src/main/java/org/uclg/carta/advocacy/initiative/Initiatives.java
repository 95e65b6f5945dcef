package org.uclg.carta.advocacy.initiative;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.advocacy.AdvocacyPermissions;
import org.uclg.carta.advocacy.InitiativeApproved;
import org.uclg.carta.advocacy.InitiativeUpdatePosted;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.kit.web.Paging;

/**
 * Collective initiatives and working groups. A member local government proposes one and
 * coordinates it; editors approve it to make it public; other local governments join through
 * their representatives; members read the coordinator's updates and the members-only space.
 */
@Service
@Transactional
public class Initiatives {

    static final List<InitiativeState> PUBLIC = List.of(InitiativeState.ACTIVE, InitiativeState.CLOSED);

    private final InitiativeStore store;
    private final AdvocacyPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Initiatives(
            InitiativeStore store,
            AdvocacyPermissions permissions,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Public ones for all; a proposal for editors and the coordinating local government only. */
    @Transactional(readOnly = true)
    public InitiativeView visible(long id, Actor actor) {
        InitiativeView i = store.find(id).orElseThrow(NotFoundException::new);
        if (!i.state().isPublic() && !permissions.isEditor(actor) && !actor.represents(i.coordinatorId())) {
            throw new NotFoundException();
        }
        return i;
    }

    @Transactional(readOnly = true)
    public Optional<InitiativeView> published(long id) {
        return store.find(id).filter(i -> i.state().isPublic());
    }

    @Transactional(readOnly = true)
    public List<InitiativeView> list(List<InitiativeState> states, Paging paging) {
        return store.list(states, paging.size(), paging.offset());
    }

    @Transactional(readOnly = true)
    public long count(List<InitiativeState> states) {
        return store.count(states);
    }

    /** Initiatives the actor's local governments belong to, whatever their state. */
    @Transactional(readOnly = true)
    public List<InitiativeView> ofMembers(java.util.Collection<Long> localGovernments) {
        return store.ofMembers(localGovernments);
    }

    @Transactional(readOnly = true)
    public List<Long> publicTaggedWith(long articleId) {
        return store.taggedWith(articleId);
    }

    @Transactional(readOnly = true)
    public List<Long> members(long id) {
        return store.members(id);
    }

    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> memberCounts(java.util.Collection<Long> ids) {
        return store.memberCounts(ids);
    }

    /** The secretariat, or a representative of a member local government. */
    @Transactional(readOnly = true)
    public boolean isMember(long id, Actor actor) {
        return permissions.isEditor(actor) || store.members(id).stream().anyMatch(actor::represents);
    }

    /** The coordinating local government's representatives and the secretariat run the initiative. */
    public boolean mayCoordinate(InitiativeView i, Actor actor) {
        return permissions.isEditor(actor) || actor.represents(i.coordinatorId());
    }

    @Transactional(readOnly = true)
    public List<InitiativeUpdate> updates(long id, boolean withPrivate) {
        return store.updates(id, withPrivate, 50);
    }

    @Transactional(readOnly = true)
    public Optional<InitiativeUpdate> update(long updateId) {
        return store.update(updateId);
    }

    /** A representative proposes for their local government; an editor's initiative is active at once. */
    public long propose(InitiativeData data, long coordinator, Actor actor) {
        boolean editor = permissions.isEditor(actor);
        if (!editor) {
            permissions.requireActFor(actor, coordinator);
        }
        InitiativeState state = editor ? InitiativeState.ACTIVE : InitiativeState.PROPOSED;
        long id = store.insert(state, data, coordinator, actor.username(), clock.instant());
        audit.record(InitiativeStore.ITEM_TYPE, id, editor ? "created" : "proposed", "coordinator " + coordinator);
        if (editor) {
            events.publishEvent(new InitiativeApproved(id));
        }
        return id;
    }

    public void update(long id, long seenVersion, InitiativeData data, Actor actor) {
        InitiativeView i = store.find(id).orElseThrow(NotFoundException::new);
        AdvocacyPermissions.require(mayCoordinate(i, actor), "Not the coordinator");
        if (!store.update(id, seenVersion, data, clock.instant())) {
            throw new ObjectOptimisticLockingFailureException(InitiativeView.class, id);
        }
        audit.record(InitiativeStore.ITEM_TYPE, id, "updated", null);
    }

    public void approve(long id, Actor actor) {
        transition(id, InitiativeState.PROPOSED, InitiativeState.ACTIVE, null, actor);
        events.publishEvent(new InitiativeApproved(id));
    }

    public void decline(long id, String reason, Actor actor) {
        transition(id, InitiativeState.PROPOSED, InitiativeState.DECLINED, reason, actor);
    }

    public void close(long id, Actor actor) {
        transition(id, InitiativeState.ACTIVE, InitiativeState.CLOSED, null, actor);
    }

    public void reopen(long id, Actor actor) {
        transition(id, InitiativeState.CLOSED, InitiativeState.ACTIVE, null, actor);
    }

    private void transition(long id, InitiativeState from, InitiativeState to, String reason, Actor actor) {
        permissions.requireEditor(actor);
        store.find(id).orElseThrow(NotFoundException::new);
        if (!store.setState(id, from, to, reason, clock.instant())) {
            throw new WorkflowException("initiatives.error.state");
        }
        audit.record(InitiativeStore.ITEM_TYPE, id, to.code(), reason);
    }

    /** A representative joins for their local government while the initiative is active. */
    public void join(long id, long localGovernment, Actor actor) {
        permissions.requireActFor(actor, localGovernment);
        InitiativeView i = store.find(id).orElseThrow(NotFoundException::new);
        if (i.state() != InitiativeState.ACTIVE) {
            throw new WorkflowException("initiatives.error.notActive");
        }
        if (store.addMember(id, localGovernment, actor.username(), clock.instant())) {
            audit.record(InitiativeStore.ITEM_TYPE, id, "joined", "local government " + localGovernment);
        }
    }

    /** Leaves; the coordinating local government stays (the secretariat hands coordination over first). */
    public void leave(long id, long localGovernment, Actor actor) {
        permissions.requireActFor(actor, localGovernment);
        InitiativeView i = store.find(id).orElseThrow(NotFoundException::new);
        if (i.coordinatorId() == localGovernment) {
            throw new WorkflowException("initiatives.error.coordinatorStays");
        }
        if (store.removeMember(id, localGovernment)) {
            audit.record(InitiativeStore.ITEM_TYPE, id, "left", "local government " + localGovernment);
        }
    }

    /** The coordinator's news to the members (emailed to each), optionally shown publicly too. */
    public long postUpdate(long id, TranslatableText title, TranslatableText body, boolean isPublic, Actor actor) {
        InitiativeView i = store.find(id).orElseThrow(NotFoundException::new);
        AdvocacyPermissions.require(mayCoordinate(i, actor), "Not the coordinator");
        if (i.state() != InitiativeState.ACTIVE) {
            throw new WorkflowException("initiatives.error.notActive");
        }
        long update = store.addUpdate(id, title, body, isPublic, actor.username(), clock.instant());
        audit.record(InitiativeStore.ITEM_TYPE, id, "update posted", String.valueOf(update));
        events.publishEvent(new InitiativeUpdatePosted(id, update, isPublic));
        return update;
    }

    /** For demo content: members and updates without events or mail. */
    void seedMember(long id, long localGovernment) {
        store.addMember(id, localGovernment, "demo", clock.instant());
    }

    void seedUpdate(long id, TranslatableText title, TranslatableText body, boolean isPublic, java.time.Instant at) {
        store.addUpdate(id, title, body, isPublic, "demo", at);
    }
}
