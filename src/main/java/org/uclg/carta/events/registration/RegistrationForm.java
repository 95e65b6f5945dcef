package org.uclg.carta.events.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.Inputs;

/**
 * What the registration form posts: the built-in questions, and the event's own questions as
 * {@code answers[q12]} (several values for a question of several choices). The event's questions
 * are checked by {@link #checkAnswers}, since only the event knows them.
 */
public class RegistrationForm {

    @NotBlank(message = "validation.required")
    @Size(max = 200, message = "validation.tooLong")
    private String name = "";

    @NotBlank(message = "validation.required")
    @Email(message = "validation.email")
    @Size(max = 320, message = "validation.tooLong")
    private String email = "";

    private String language = "en";
    private Long localGovernmentId;

    @Size(max = 3, message = "validation.choice")
    private String interpretation = "";

    @Size(max = 1000, message = "validation.tooLong")
    private String accessibilityNeeds = "";

    @Size(max = 1000, message = "validation.tooLong")
    private String dietaryNeeds = "";

    private Map<String, List<String>> answers = new LinkedHashMap<>();

    /** A blank form, with a signed-in person's address already filled in. */
    public static RegistrationForm forViewer(Actor user, String lang) {
        RegistrationForm f = new RegistrationForm();
        f.language = lang;
        if (user != null && user.signedIn() && user.username().contains("@")) {
            f.email = user.username();
        }
        return f;
    }

    /** Field errors of the event's own questions: required ones answered, choices among those offered. */
    public Map<String, String> checkAnswers(List<QuestionView> questions, List<String> languages) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!languages.contains(language)) {
            errors.put("language", "validation.choice");
        }
        for (QuestionView q : questions) {
            List<String> given = answer(q);
            String field = "answers[" + q.field() + "]";
            if (q.required() && given.isEmpty()) {
                errors.put(field, "validation.required");
                continue;
            }
            for (String v : given) {
                boolean ok =
                        switch (q.type()) {
                            case TEXT -> v.length() <= 2_000;
                            case CHOICE, CHOICES ->
                                v.matches("\\d{1,3}")
                                        && Integer.parseInt(v) < q.choices().size();
                            case YES_NO -> v.equals("yes") || v.equals("no");
                            case COUNTRY -> Countries.isValid(v);
                        };
                if (!ok) {
                    errors.put(field, q.type() == QuestionType.TEXT ? "validation.tooLong" : "validation.choice");
                }
            }
            if (q.type() != QuestionType.CHOICES && given.size() > 1) {
                errors.put(field, "validation.choice");
            }
        }
        return errors;
    }

    /** The non-blank values given to a question. */
    public List<String> answer(QuestionView q) {
        return answers.getOrDefault(q.field(), List.of()).stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .toList();
    }

    public boolean answered(QuestionView q, String value) {
        return answer(q).contains(value);
    }

    public RegistrationData toData(List<QuestionView> questions, Actor user) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (QuestionView q : questions) {
            List<String> given = answer(q);
            if (!given.isEmpty()) {
                kept.put(String.valueOf(q.id()), new ArrayList<>(given));
            }
        }
        return new RegistrationData(
                name.strip(),
                email.strip(),
                language,
                user != null && user.signedIn() ? user.username() : null,
                localGovernmentId,
                Inputs.blankToNull(interpretation),
                Inputs.blankToNull(accessibilityNeeds),
                Inputs.blankToNull(dietaryNeeds),
                kept);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Inputs.orEmpty(name);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Inputs.orEmpty(email).strip();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = Inputs.orEmpty(language);
    }

    public Long getLocalGovernmentId() {
        return localGovernmentId;
    }

    public void setLocalGovernmentId(Long localGovernmentId) {
        this.localGovernmentId = localGovernmentId;
    }

    public String getInterpretation() {
        return interpretation;
    }

    public void setInterpretation(String interpretation) {
        this.interpretation = Inputs.orEmpty(interpretation);
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public void setAccessibilityNeeds(String accessibilityNeeds) {
        this.accessibilityNeeds = Inputs.orEmpty(accessibilityNeeds);
    }

    public String getDietaryNeeds() {
        return dietaryNeeds;
    }

    public void setDietaryNeeds(String dietaryNeeds) {
        this.dietaryNeeds = Inputs.orEmpty(dietaryNeeds);
    }

    public Map<String, List<String>> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, List<String>> answers) {
        this.answers = answers == null ? new LinkedHashMap<>() : answers;
    }
}
