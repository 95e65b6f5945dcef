package org.uclg.carta.accounts;

import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.uclg.carta.kit.web.CrossFieldRules;

/** What the registration form posts. */
@CrossFieldRules
public class RegistrationForm implements CrossFieldRules.Checked {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @jakarta.validation.constraints.Pattern(
            regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*",
            message = "validation.email")
    @Size(max = 320, message = "validation.email")
    private String email = "";

    @NotBlank(message = "validation.required")
    @Size(max = 200, message = "validation.tooLong")
    private String name = "";

    private String password = "";
    private String confirmation = "";

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        String problem = passwordProblem(password, confirmation);
        if (problem != null) {
            rules.reject("password", problem);
        }
    }

    static boolean validEmail(String email) {
        return email != null
                && email.length() <= 320
                && EMAIL.matcher(email.strip()).matches();
    }

    /** The message key of what is wrong with a new password, or null. */
    static String passwordProblem(String password, String confirmation) {
        if (password == null || password.length() < AuthController.MIN_PASSWORD) {
            return "validation.password.short";
        }
        // bcrypt reads 72 bytes and refuses more: say so rather than fail.
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            return "validation.password.long";
        }
        if (!password.equals(confirmation)) {
            return "validation.password.mismatch";
        }
        return null;
    }

    void clearPasswords() {
        password = "";
        confirmation = "";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
