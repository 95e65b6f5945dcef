package org.uclg.carta.monitoring.commitment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.monitoring.MonitoringPermissions;
import org.uclg.carta.network.Directory;

/**
 * Local action plans: representatives manage their own local government's commitments, editors
 * all of them. Internal commitments are seen only by those who may manage them.
 */
@Service
@Transactional
public class CommitmentService {

    public static final String ITEM_TYPE = "commitment";

    private final Commitments commitments;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    private final MonitoringPermissions permissions;

    public CommitmentService(
            Commitments commitments,
            Directory directory,
            AuditTrail audit,
            Clock clock,
            MonitoringPermissions permissions) {
        this.permissions = permissions;
        this.commitments = commitments;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The commitments of a local government this viewer may see: public ones, or all for its managers. */
    @Transactional(readOnly = true)
    public List<CommitmentView> of(long localGovernmentId, Actor viewer) {
        boolean manager = permissions.mayManage(viewer, localGovernmentId);
        return commitments.ofLocalGovernment(localGovernmentId).stream()
                .map(Commitment::view)
                .filter(c -> c.open() || manager)
                .toList();
    }

    /** A commitment this viewer may see; an internal one is "not found" for others. */
    @Transactional(readOnly = true)
    public CommitmentView visible(long id, Actor viewer) {
        CommitmentView c = commitments.findById(id).map(Commitment::view).orElseThrow(NotFoundException::new);
        if (!c.open() && !permissions.mayManage(viewer, c.localGovernmentId())) {
            throw new NotFoundException();
        }
        return c;
    }

    public long create(long localGovernmentId, CommitmentData data, Actor user) {
        if (!directory.exists(localGovernmentId)) {
            throw new NotFoundException();
        }
        permissions.requireManage(user, localGovernmentId);
        Commitment c = new Commitment(localGovernmentId, user.username());
        c.apply(data, Instant.now(clock));
        commitments.save(c);
        audit.record(ITEM_TYPE, c.view().id(), "created", null);
        return c.view().id();
    }

    /** Demo content: a commitment recorded on the platform's own behalf. */
    public void createQuietly(long localGovernmentId, CommitmentData data) {
        Commitment c = new Commitment(localGovernmentId, AuditTrail.currentActor());
        c.apply(data, Instant.now(clock));
        commitments.save(c);
    }

    public void update(long id, long seenVersion, CommitmentData data, Actor user) {
        Commitment c = commitments.findById(id).orElseThrow(NotFoundException::new);
        permissions.requireManage(user, c.localGovernmentId());
        if (c.version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Commitment.class, id);
        }
        c.apply(data, Instant.now(clock));
        audit.record(ITEM_TYPE, id, "updated", null);
    }

    public long delete(long id, Actor user) {
        Commitment c = commitments.findById(id).orElseThrow(NotFoundException::new);
        permissions.requireManage(user, c.localGovernmentId());
        commitments.delete(c);
        audit.record(ITEM_TYPE, id, "deleted", null);
        return c.localGovernmentId();
    }
}
