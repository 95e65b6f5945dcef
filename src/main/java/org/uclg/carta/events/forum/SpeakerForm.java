package org.uclg.carta.events.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.Inputs;

/** A speaker's name, affiliation and short biography. */
public class SpeakerForm {

    @NotBlank(message = "validation.required")
    @Size(max = 200, message = "validation.tooLong")
    private String name = "";

    @Size(max = 300, message = "validation.tooLong")
    private String affiliation = "";

    @Translatable(max = 2_000, required = false)
    private TranslatableInput biography = new TranslatableInput();

    public static SpeakerForm of(SpeakerView s) {
        SpeakerForm f = new SpeakerForm();
        f.name = s.name();
        f.affiliation = Inputs.orEmpty(s.affiliation());
        f.biography = TranslatableInput.from(s.biography());
        return f;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Inputs.orEmpty(name).strip();
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = Inputs.orEmpty(affiliation).strip();
    }

    public TranslatableInput getBiography() {
        return biography;
    }

    public void setBiography(TranslatableInput biography) {
        this.biography = biography;
    }
}
