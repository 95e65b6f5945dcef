package org.uclg.carta.newsletter.subscription;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The sign-up form. The website field is a trap for robots: it is hidden from people (and from
 * screen readers), so a value in it means the form was filled by a script.
 */
public class SubscriptionForm {

    @NotBlank(message = "validation.required")
    @Email(message = "validation.email", regexp = Subscribers.EMAIL)
    @Size(max = 320, message = "validation.email")
    private String email = "";

    private String language = "";
    private List<String> topics = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private String website = "";

    public Set<String> chosenTopics() {
        Set<String> all = new LinkedHashSet<>(topics);
        regions.forEach(r -> all.add("region:" + r));
        return all;
    }

    public boolean robot() {
        return website != null && !website.isBlank();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : topics;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : regions;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
