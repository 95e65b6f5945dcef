package org.uclg.carta.library.resource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Size;

import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.web.CrossFieldRules;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormValidator;
import org.uclg.carta.kit.web.Inputs;

/** What the resource form posts, kept as typed so a rejected form shows it back. */
@CrossFieldRules
public class ResourceForm implements CrossFieldRules.Checked {

    public static final List<String> LICENCES =
            List.of("cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-4.0", "public-domain", "all-rights-reserved", "other");

    private String type = "";

    @Translatable(max = 300)
    private TranslatableInput title = new TranslatableInput();

    @Translatable(max = 2_000, required = false)
    private TranslatableInput summary = new TranslatableInput();

    @Translatable(max = 200_000, required = false)
    private TranslatableInput body = new TranslatableInput();

    private Map<String, TranslatableInput> sections = new LinkedHashMap<>();
    private List<String> originalLanguages = new ArrayList<>();
    private String issuedOn = "";

    @Size(max = 500, message = "validation.tooLong")
    private String authors = "";

    private String licence = "";
    private String externalUrl = "";
    private String country = "";
    private String themes = "";
    private List<Long> localGovernmentIds = new ArrayList<>();
    private List<Long> partnerIds = new ArrayList<>();
    private List<Long> articleIds = new ArrayList<>();
    private Long ownerLocalGovernmentId;
    private long version;

    public ResourceForm() {
        CaseStudySections.KEYS.forEach(k -> sections.put(k, new TranslatableInput()));
    }

    public static ResourceForm of(ResourceView r, List<Long> articleIds) {
        ResourceForm f = new ResourceForm();
        f.type = r.type().code();
        f.title = TranslatableInput.from(r.title());
        f.summary = TranslatableInput.from(r.summary());
        f.body = TranslatableInput.from(r.body());
        CaseStudySections.KEYS.forEach(
                k -> f.sections.put(k, TranslatableInput.from(r.sections().get(k))));
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

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        ResourceType t = ResourceType.fromCode(type);
        if (t == null) {
            rules.reject("type", "library.validation.type");
        }
        if (sections.values().stream().anyMatch(s -> s != null && s.tooLong(20_000))) {
            rules.reject("sections", "validation.tooLong");
        }
        if (!issuedOn.isBlank() && issuedDate() == null) {
            rules.reject("issuedOn", "validation.date");
        }
        String url = Inputs.blankToNull(externalUrl);
        if (url != null && !Inputs.isHttpUrl(url)) {
            rules.reject("externalUrl", "network.validation.website");
        }
        if ((t == ResourceType.LINK || t == ResourceType.MEDIA) && url == null) {
            rules.reject("externalUrl", "library.validation.urlRequired");
        }
        if (!licence.isBlank() && !LICENCES.contains(licence)) {
            rules.reject("licence", "library.validation.licence");
        }
        if (countryCode() != null && !Countries.isValid(countryCode())) {
            rules.reject("country", "network.validation.country");
        }
        if (themeSet().stream().anyMatch(th -> th.length() > 60)) {
            rules.reject("themes", "validation.tooLong");
        }
    }

    /** For a form not posted from the web (an import row, a JSON body): the same rules, as field errors. */
    public Validated validate(FormValidator validator, List<String> languages, Set<Long> knownLocalGovernments) {
        FieldErrors errors = validator.check(this);
        if (!knownLocalGovernments.containsAll(localGovernmentIds)) {
            errors.reject("localGovernmentIds", "library.validation.localGovernment");
        }
        return new Validated(errors.any() ? null : toData(languages), errors);
    }

    private LocalDate issuedDate() {
        try {
            return issuedOn.isBlank() ? null : LocalDate.parse(issuedOn.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private String countryCode() {
        return country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    private Set<String> themeSet() {
        Set<String> themeSet = new LinkedHashSet<>();
        for (String theme : themes.split(",")) {
            if (!theme.isBlank()) {
                themeSet.add(theme.strip().toLowerCase(Locale.ROOT));
            }
        }
        return themeSet;
    }

    /** The resource as typed, once the form is valid; original languages kept to the configured ones. */
    public ResourceData toData(List<String> languages) {
        Map<String, TranslatableText> sectionTexts = new LinkedHashMap<>();
        sections.forEach((k, v) -> sectionTexts.put(k, v == null ? TranslatableText.of(Map.of()) : v.toText()));
        Set<String> langs = new LinkedHashSet<>(originalLanguages);
        langs.retainAll(languages);
        return new ResourceData(
                ResourceType.fromCode(type),
                title.toText(),
                summary.toText(),
                body.toText(),
                CaseStudySections.of(sectionTexts),
                langs,
                issuedDate(),
                Inputs.blankToNull(authors),
                Inputs.blankToNull(licence),
                Inputs.blankToNull(externalUrl),
                null,
                countryCode(),
                Set.copyOf(localGovernmentIds),
                themeSet());
    }

    public record Validated(ResourceData data, FieldErrors errors) {}

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = Inputs.orEmpty(type);
    }

    public TranslatableInput getTitle() {
        return title;
    }

    public void setTitle(TranslatableInput title) {
        this.title = title == null ? new TranslatableInput() : title;
    }

    public TranslatableInput getSummary() {
        return summary;
    }

    public void setSummary(TranslatableInput summary) {
        this.summary = summary == null ? new TranslatableInput() : summary;
    }

    public TranslatableInput getBody() {
        return body;
    }

    public void setBody(TranslatableInput body) {
        this.body = body == null ? new TranslatableInput() : body;
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
        this.issuedOn = Inputs.orEmpty(issuedOn);
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = Inputs.orEmpty(authors);
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = Inputs.orEmpty(licence);
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public void setExternalUrl(String externalUrl) {
        this.externalUrl = Inputs.orEmpty(externalUrl);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = Inputs.orEmpty(country);
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = Inputs.orEmpty(themes);
    }

    /** Partner organisations the resource was made with; kept apart from {@link ResourceData}. */
    public List<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(List<Long> partnerIds) {
        this.partnerIds = partnerIds == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        partnerIds.stream().filter(java.util.Objects::nonNull).toList());
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
