package org.uclg.carta.advocacy.signature;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The signing form. Two traps for robots, without any third-party service: the website field is
 * hidden from people (and screen readers), and the form carries the signed time it was shown, so
 * a post faster than a person types, or one made without the form, is dropped as a robot's.
 */
public class SignatureForm {

    static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";

    @NotBlank(message = "validation.required")
    @Size(max = 200, message = "validation.tooLong")
    private String name = "";

    @NotBlank(message = "validation.required")
    @Email(message = "validation.email", regexp = EMAIL)
    @Size(max = 320, message = "validation.email")
    private String email = "";

    private boolean showName;
    private String country = "";
    private String website = "";
    private String shown = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public boolean isShowName() {
        return showName;
    }

    public void setShowName(boolean showName) {
        this.showName = showName;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null ? "" : country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website == null ? "" : website;
    }

    public String getShown() {
        return shown;
    }

    public void setShown(String shown) {
        this.shown = shown == null ? "" : shown;
    }
}
