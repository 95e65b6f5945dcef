package org.uclg.carta.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.CrossFieldRules;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.Inputs;

/**
 * What a person (form), a CSV row or an API client sends for a local government: everything as
 * typed, so a rejected submission shows back exactly what was entered.
 */
@CrossFieldRules
public class LocalGovernmentForm implements CrossFieldRules.Checked {

    @Translatable(max = 200)
    private TranslatableInput name = new TranslatableInput();

    @Translatable(max = 20_000, required = false)
    private TranslatableInput description = new TranslatableInput();

    private String type = "";
    private String country = "";
    private String region = "";
    private String population = "";
    private String latitude = "";
    private String longitude = "";
    private String website = "";
    private String memberSince = "";
    private String status = "member";
    private List<Long> articleIds = new ArrayList<>();
    private long version;

    static LocalGovernmentForm of(LocalGovernmentView lg, List<Long> articleIds) {
        LocalGovernmentForm f = new LocalGovernmentForm();
        f.name = TranslatableInput.from(lg.name());
        f.description = TranslatableInput.from(lg.description());
        f.type = lg.type() == null ? "" : lg.type().code();
        f.country = Inputs.orEmpty(lg.country());
        f.region = Inputs.orEmpty(lg.region());
        f.population = lg.population() == null ? "" : lg.population().toString();
        f.latitude = lg.latitude() == null ? "" : lg.latitude().toString();
        f.longitude = lg.longitude() == null ? "" : lg.longitude().toString();
        f.website = Inputs.orEmpty(lg.website());
        f.memberSince = lg.memberSince() == null ? "" : lg.memberSince().toString();
        f.status = lg.status() == null ? "member" : lg.status().code();
        f.articleIds = new ArrayList<>(articleIds);
        f.version = lg.version();
        return f;
    }

    /** Rules whose reading is lenient (a CSV row writes 1 200 000 or 41,38), said once for every path. */
    @Override
    public void check(CrossFieldRules.Rejections rules) {
        if (LocalGovernmentType.fromCode(type) == null) {
            rules.reject("type", "network.validation.type");
        }
        if (!Countries.isValid(countryCode())) {
            rules.reject("country", "network.validation.country");
        }
        if (!blank(population) && (populationNumber() == null || populationNumber() < 0)) {
            rules.reject("population", "network.validation.population");
        }
        Double lat = coordinate(latitude, 90);
        Double lon = coordinate(longitude, 180);
        if (!blank(latitude) && lat == null) {
            rules.reject("latitude", "network.validation.latitude");
        }
        if (!blank(longitude) && lon == null) {
            rules.reject("longitude", "network.validation.longitude");
        }
        if (blank(latitude) != blank(longitude)) {
            rules.reject(blank(latitude) ? "latitude" : "longitude", "network.validation.coordinatesPair");
        }
        if (!blank(website) && !Inputs.isHttpUrl(website.strip())) {
            rules.reject("website", "network.validation.website");
        }
        if (!blank(memberSince) && since() == null) {
            rules.reject("memberSince", "validation.date");
        }
        if (MembershipStatus.fromCode(status) == null) {
            rules.reject("status", "network.validation.status");
        }
    }

    String regionCode() {
        return region == null ? "" : region.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private String countryCode() {
        return country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private Long populationNumber() {
        try {
            return blank(population)
                    ? null
                    : Long.parseLong(population.strip().replace(" ", "").replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private LocalDate since() {
        try {
            return blank(memberSince) ? null : LocalDate.parse(memberSince.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The local government as typed, once the form is valid. */
    LocalGovernmentData toData() {
        return new LocalGovernmentData(
                name.toText(),
                description.toText(),
                LocalGovernmentType.fromCode(type),
                countryCode(),
                regionCode(),
                populationNumber(),
                coordinate(latitude, 90),
                coordinate(longitude, 180),
                blank(website) ? null : website.strip(),
                since(),
                MembershipStatus.fromCode(status));
    }

    private static Double coordinate(String value, double max) {
        if (blank(value)) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip().replace(',', '.'));
            return Double.isNaN(d) || d < -max || d > max ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    record Validated(LocalGovernmentData data, FieldErrors errors) {}

    public TranslatableInput getName() {
        return name;
    }

    public void setName(TranslatableInput name) {
        this.name = name;
    }

    public TranslatableInput getDescription() {
        return description;
    }

    public void setDescription(TranslatableInput description) {
        this.description = description;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPopulation() {
        return population;
    }

    public void setPopulation(String population) {
        this.population = population;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getMemberSince() {
        return memberSince;
    }

    public void setMemberSince(String memberSince) {
        this.memberSince = memberSince;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<Long> getArticleIds() {
        return articleIds;
    }

    public void setArticleIds(List<Long> articleIds) {
        this.articleIds = articleIds == null ? new ArrayList<>() : articleIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
