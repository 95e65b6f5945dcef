package org.uclg.carta.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.uclg.carta.kit.web.Inputs;
import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.web.FieldErrors;

/** What the resource form posts, kept as typed so a rejected form shows it back. */
public class ResourceForm {

    static final List<String> LICENCES = List.of("cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-4.0", "public-domain",
            "all-rights-reserved", "other");

    private String type = "";
    private TranslatableInput title = new TranslatableInput();
    private TranslatableInput summary = new TranslatableInput();
    private TranslatableInput body = new TranslatableInput();
    private Map<String, TranslatableInput> sections = new LinkedHashMap<>();
    private List<String> originalLanguages = new ArrayList<>();
    private String issuedOn = "";
    private String authors = "";
    private String licence = "";
    private String externalUrl = "";
    private String country = "";
    private String themes = "";
    private List<Long> localGovernmentIds = new ArrayList<>();
    private List<Long> articleIds = new ArrayList<>();
    private Long ownerLocalGovernmentId;
    private long version;

    public ResourceForm() {
        CaseStudySections.KEYS.forEach(k -> sections.put(k, new TranslatableInput()));
    }

    static ResourceForm of(ResourceView r, List<Long> articleIds) {
        ResourceForm f = new ResourceForm();
        f.type = r.type().code();
        f.title = TranslatableInput.from(r.title());
        f.summary = TranslatableInput.from(r.summary());
        f.body = TranslatableInput.from(r.body());
        CaseStudySections.KEYS.forEach(k -> f.sections.put(k, TranslatableInput.from(r.sections().get(k))));
        f.originalLanguages = new ArrayList<>(r.originalLanguages());
        f.issuedOn = r.issuedOn() == null ? "" : r.issuedOn().toString();
        f.authors = Inputs.orEmpty(r.authors());
        f.licence = Inputs.orEmpty(r.licence());
        f.externalUrl = Inputs.orEmpty(r.externalUrl());
        f.country = Inputs.orEmpty(r.country());
        f.themes = String.join(", ", r.themes());
        f.localGovernmentIds = new ArrayList<>(r.localGovernmentIds());
        f.articleIds = new ArrayList<>(articleIds);
        f.ownerLocalGovernmentId = r.ownerLocalGovernmentId();
        f.version = r.version();
        return f;
    }

    /** Checks every field; the data is null when anything is wrong. */
    Validated validate(List<String> languages, Set<Long> knownLocalGovernments) {
        FieldErrors errors = new FieldErrors();
        ResourceType t = ResourceType.fromCode(type);
        if (t == null) {
            errors.reject("type", "library.validation.type");
        }
        if (title.isBlankIn(languages)) {
            errors.reject("title", "validation.translatable.required");
        } else if (title.tooLong(300)) {
            errors.reject("title", "validation.tooLong");
        }
        if (summary.tooLong(2_000)) {
            errors.reject("summary", "validation.tooLong");
        }
        if (body.tooLong(200_000)) {
            errors.reject("body", "validation.tooLong");
        }
        if (sections.values().stream().anyMatch(s -> s.tooLong(20_000))) {
            errors.reject("sections", "validation.tooLong");
        }
        LocalDate date = Inputs.date(issuedOn, "issuedOn", errors);
        String url = externalUrl == null || externalUrl.isBlank() ? null : externalUrl.strip();
        if (url != null && !Inputs.isHttpUrl(url)) {
            errors.reject("externalUrl", "network.validation.website");
        }
        if ((t == ResourceType.LINK || t == ResourceType.MEDIA) && url == null) {
            errors.reject("externalUrl", "library.validation.urlRequired");
        }
        if (licence != null && !licence.isBlank() && !LICENCES.contains(licence)) {
            errors.reject("licence", "library.validation.licence");
        }
        String c = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (c != null && !Countries.isValid(c)) {
            errors.reject("country", "network.validation.country");
        }
        if (!knownLocalGovernments.containsAll(localGovernmentIds)) {
            errors.reject("localGovernmentIds", "library.validation.localGovernment");
        }
        if (authors != null && authors.length() > 500) {
            errors.reject("authors", "validation.tooLong");
        }
        Set<String> themeSet = new LinkedHashSet<>();
        for (String theme : (themes == null ? "" : themes).split(",")) {
            if (!theme.isBlank()) {
                themeSet.add(theme.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (themeSet.stream().anyMatch(th -> th.length() > 60)) {
            errors.reject("themes", "validation.tooLong");
        }
        if (errors.any()) {
            return new Validated(null, errors);
        }
        Map<String, TranslatableText> sectionTexts = new LinkedHashMap<>();
        sections.forEach((k, v) -> sectionTexts.put(k, v.toText()));
        Set<String> langs = new LinkedHashSet<>(originalLanguages);
        langs.retainAll(languages);
        return new Validated(new ResourceData(t, title.toText(), summary.toText(), body.toText(),
                CaseStudySections.of(sectionTexts), langs, date, Inputs.blankToNull(authors), Inputs.blankToNull(licence), url,
                null, c, Set.copyOf(localGovernmentIds), themeSet), errors);
    }

    record Validated(ResourceData data, FieldErrors errors) {
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public TranslatableInput getTitle() {
        return title;
    }

    public void setTitle(TranslatableInput title) {
        this.title = title;
    }

    public TranslatableInput getSummary() {
        return summary;
    }

    public void setSummary(TranslatableInput summary) {
        this.summary = summary;
    }

    public TranslatableInput getBody() {
        return body;
    }

    public void setBody(TranslatableInput body) {
        this.body = body;
    }

    public Map<String, TranslatableInput> getSections() {
        return sections;
    }

    public void setSections(Map<String, TranslatableInput> sections) {
        this.sections = sections;
    }

    public TranslatableInput section(String key) {
        return sections.computeIfAbsent(key, k -> new TranslatableInput());
    }

    public List<String> getOriginalLanguages() {
        return originalLanguages;
    }

    public void setOriginalLanguages(List<String> originalLanguages) {
        this.originalLanguages = originalLanguages == null ? new ArrayList<>() : originalLanguages;
    }

    public String getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(String issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = authors;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public void setExternalUrl(String externalUrl) {
        this.externalUrl = externalUrl;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public List<Long> getLocalGovernmentIds() {
        return localGovernmentIds;
    }

    public void setLocalGovernmentIds(List<Long> localGovernmentIds) {
        this.localGovernmentIds = localGovernmentIds == null ? new ArrayList<>() : localGovernmentIds;
    }

    public List<Long> getArticleIds() {
        return articleIds;
    }

    public void setArticleIds(List<Long> articleIds) {
        this.articleIds = articleIds == null ? new ArrayList<>() : articleIds;
    }

    public Long getOwnerLocalGovernmentId() {
        return ownerLocalGovernmentId;
    }

    public void setOwnerLocalGovernmentId(Long ownerLocalGovernmentId) {
        this.ownerLocalGovernmentId = ownerLocalGovernmentId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
