package org.uclg.carta.monitoring.adherence;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.uclg.carta.kit.web.Inputs;

/** What the withdrawal form posts: when the adherence ended, and why. */
public class WithdrawalForm {

    @NotNull(message = "validation.date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;

    @NotBlank(message = "monitoring.error.reason")
    @Size(max = 1_000, message = "validation.tooLong")
    private String reason = "";

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = Inputs.orEmpty(reason);
    }
}
