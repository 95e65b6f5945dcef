package org.uclg.carta.monitoring;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.monitoring.reporting.ReportState;
import org.uclg.carta.monitoring.reporting.ReportView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The follow-up rules as one table: who manages, who reviews, who sees a draft. */
class MonitoringPermissionsTest {

    private final MonitoringPermissions permissions = new MonitoringPermissions();
    private final Actor anonymous = Actor.ANONYMOUS;
    private final Actor person = new Actor("p@x", false, false, false, Set.of());
    private final Actor rep = new Actor("r@x", false, false, true, Set.of(7L));
    private final Actor editor = new Actor("e@x", true, false, false, Set.of());

    @Test
    void representativesManageTheirOwnLocalGovernmentAndTheSecretariatManagesAll() {
        assertThat(permissions.mayManage(anonymous, 7L)).isFalse();
        assertThat(permissions.mayManage(person, 7L)).isFalse();
        assertThat(permissions.mayManage(rep, 7L)).isTrue();
        assertThat(permissions.mayManage(rep, 8L)).isFalse();
        assertThat(permissions.mayManage(editor, 8L)).isTrue();
        assertThatThrownBy(() -> permissions.requireManage(rep, 8L)).isInstanceOf(AccessDeniedException.class);
        assertThat(permissions.mayRecordAdherences(person)).isFalse();
        assertThat(permissions.mayRecordAdherences(rep)).isTrue();
    }

    @Test
    void onlyTheSecretariatReviewsAndDraftsStayWithTheirAuthors() {
        assertThat(permissions.mayReview(rep)).isFalse();
        assertThat(permissions.mayReview(editor)).isTrue();
        ReportView draft = new ReportView(
                1,
                2,
                7,
                ReportState.DRAFT,
                null,
                null,
                null,
                null,
                null,
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                0);
        assertThat(permissions.maySee(anonymous, draft)).isFalse();
        assertThat(permissions.maySee(rep, draft)).isTrue();
        assertThat(permissions.maySee(editor, draft)).isTrue();
    }
}
