package org.uclg.carta.kit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.uclg.carta.kit.content.Publication;
import org.uclg.carta.kit.content.PublicationState;
import org.uclg.carta.kit.content.WorkflowException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationTest {

    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void draftIsSubmittedReturnedWithAReasonThenPublished() {
        Publication p = new Publication();
        assertThat(p.state()).isEqualTo(PublicationState.DRAFT);
        p.submit("rep@city.test", now);
        assertThatThrownBy(() -> p.returnToAuthor("editor@carta.test", now, " "))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("workflow.reason.required");
        p.returnToAuthor("editor@carta.test", now, "Add the budget");
        assertThat(p.state()).isEqualTo(PublicationState.RETURNED);
        assertThat(p.returnReason()).isEqualTo("Add the budget");
        p.submit("rep@city.test", now.plusSeconds(60));
        p.publish("editor@carta.test", now.plusSeconds(120));
        assertThat(p.isPublished()).isTrue();
        assertThat(p.reviewedBy()).isEqualTo("editor@carta.test");
        assertThat(p.returnReason()).isNull();
    }

    @Test
    void stepsTheStateDoesNotAllowAreRefused() {
        Publication p = new Publication();
        assertThatThrownBy(() -> p.returnToAuthor("e", now, "why"))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("workflow.transition.invalid");
        p.publish("e", now);
        assertThatThrownBy(() -> p.submit("r", now)).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> p.publish("e", now)).isInstanceOf(WorkflowException.class);
    }
}
