package org.uclg.carta.accounts;

import java.util.regex.Pattern;

import org.uclg.carta.kit.web.FieldErrors;

/** What the registration form posts. */
public class RegistrationForm {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private String email = "";
    private String name = "";
    private String password = "";
    private String confirmation = "";

    FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        if (!validEmail(email)) {
            errors.reject("email", "validation.email");
        }
        if (name == null || name.isBlank()) {
            errors.reject("name", "validation.required");
        } else if (name.length() > 200) {
            errors.reject("name", "validation.tooLong");
        }
        String problem = passwordProblem(password, confirmation);
        if (problem != null) {
            errors.reject("password", problem);
        }
        return errors;
    }

    static boolean validEmail(String email) {
        return email != null && email.length() <= 320 && EMAIL.matcher(email.strip()).matches();
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
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
