package org.uclg.carta.advocacy.partnership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.CrossFieldRules;

/**
 * What the agreement form posts. It is multipart (the signed document), which the platform's NUL
 * guard does not read, hence the pattern on the free-text reference.
 */
@CrossFieldRules
public class AgreementForm implements CrossFieldRules.Checked {

    @NotNull(message = "validation.choice")
    @Pattern(regexp = "mou|joint-programme|framework|letter-of-intent|other", message = "validation.choice")
    private String kind = "mou";

    @Translatable(max = 300)
    private TranslatableInput title = new TranslatableInput();

    @Translatable(max = 2_000, required = false)
    private TranslatableInput scope = new TranslatableInput();

    @NotNull(message = "validation.required")
    @PastOrPresent(message = "partnerships.error.signedOn")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;

    @NotNull(message = "validation.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @Size(max = 200, message = "validation.tooLong")
    @Pattern(regexp = "[^\\x00]*", message = "validation.invalid")
    private String reference = "";

    private boolean dropDocument;
    private long version;

    public static AgreementForm of(Agreement a) {
        AgreementForm f = new AgreementForm();
        AgreementData d = a.data();
        f.kind = d.kind().code();
        f.title = TranslatableInput.from(d.title());
        f.scope = TranslatableInput.from(d.scope());
        f.signedOn = d.signedOn();
        f.startsOn = d.startsOn();
        f.endsOn = d.endsOn();
        f.reference = d.reference() == null ? "" : d.reference();
        f.version = a.version();
        return f;
    }

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        // The committee's partnerships are recent; a year 0 or 9999 is a typing slip.
        for (String field : java.util.List.of("signedOn", "startsOn", "endsOn")) {
            LocalDate d = field.equals("signedOn") ? signedOn : field.equals("startsOn") ? startsOn : endsOn;
            if (d != null && (d.getYear() < 1945 || d.getYear() > 2100)) {
                rules.reject(field, "partnerships.error.year");
            }
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            rules.reject("endsOn", "partnerships.error.period");
        }
    }

    public AgreementData toData() {
        return new AgreementData(
                AgreementKind.ofCode(kind).orElse(AgreementKind.OTHER),
                title.toText(),
                scope.toText(),
                signedOn,
                startsOn,
                endsOn,
                reference);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public TranslatableInput getTitle() {
        return title;
    }

    public void setTitle(TranslatableInput title) {
        this.title = title;
    }

    public TranslatableInput getScope() {
        return scope;
    }

    public void setScope(TranslatableInput scope) {
        this.scope = scope;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference == null ? "" : reference;
    }

    public boolean isDropDocument() {
        return dropDocument;
    }

    public void setDropDocument(boolean dropDocument) {
        this.dropDocument = dropDocument;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
