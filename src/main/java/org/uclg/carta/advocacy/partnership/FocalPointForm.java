package org.uclg.carta.advocacy.partnership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact person the secretariat adds to a partner. */
public class FocalPointForm {

    @NotBlank(message = "validation.required")
    @Size(max = 200, message = "validation.tooLong")
    private String name = "";

    @Size(max = 200, message = "validation.tooLong")
    private String role = "";

    @Email(message = "validation.email")
    @Size(max = 320, message = "validation.tooLong")
    private String email = "";

    @Size(max = 50, message = "validation.tooLong")
    @Pattern(regexp = "[0-9+() .-]*", message = "partnerships.error.phone")
    private String phone = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role == null ? "" : role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? "" : phone;
    }
}
