package org.uclg.carta.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.uclg.carta.kit.web.Inputs;
import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.FieldErrors;

/**
 * What a person (form), a CSV row or an API client sends for a local government: everything as
 * typed, so a rejected submission shows back exactly what was entered.
 */
public class LocalGovernmentForm {

    private TranslatableInput name = new TranslatableInput();
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

    /** Checks every field; the data is null when any error was found. */
    Validated validate(List<String> languages, Set<String> regionCodes) {
        FieldErrors errors = new FieldErrors();
        if (name.isBlankIn(languages)) {
            errors.reject("name", "validation.translatable.required");
        } else if (name.tooLong(200)) {
            errors.reject("name", "validation.tooLong");
        }
        if (description.tooLong(20_000)) {
            errors.reject("description", "validation.tooLong");
        }
        LocalGovernmentType t = LocalGovernmentType.fromCode(type);
        if (t == null) {
            errors.reject("type", "network.validation.type");
        }
        String c = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (!Countries.isValid(c)) {
            errors.reject("country", "network.validation.country");
        }
        String r = region == null ? "" : region.strip().toUpperCase(java.util.Locale.ROOT);
        if (!regionCodes.contains(r)) {
            errors.reject("region", "network.validation.region");
        }
        Long pop = null;
        if (!blank(population)) {
            try {
                pop = Long.parseLong(population.strip().replace(" ", "").replace(",", ""));
                if (pop < 0) {
                    errors.reject("population", "network.validation.population");
                }
            } catch (NumberFormatException e) {
                errors.reject("population", "network.validation.population");
            }
        }
        Double lat = coordinate(latitude, 90, "latitude", errors);
        Double lon = coordinate(longitude, 180, "longitude", errors);
        if ((lat == null) != (lon == null) && !errors.has("latitude") && !errors.has("longitude")) {
            errors.reject(lat == null ? "latitude" : "longitude", "network.validation.coordinatesPair");
        }
        String site = blank(website) ? null : website.strip();
        if (site != null && !Inputs.isHttpUrl(site)) {
            errors.reject("website", "network.validation.website");
        }
        LocalDate since = Inputs.date(memberSince, "memberSince", errors);
        MembershipStatus s = MembershipStatus.fromCode(status);
        if (s == null) {
            errors.reject("status", "network.validation.status");
        }
        if (errors.any()) {
            return new Validated(null, errors);
        }
        return new Validated(new LocalGovernmentData(name.toText(), description.toText(), t, c, r, pop, lat, lon, site,
                since, s), errors);
    }

    private static Double coordinate(String value, double max, String field, FieldErrors errors) {
        if (blank(value)) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip().replace(',', '.'));
            if (Double.isNaN(d) || d < -max || d > max) {
                errors.reject(field, "network.validation." + field);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.reject(field, "network.validation." + field);
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    record Validated(LocalGovernmentData data, FieldErrors errors) {
    }

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
