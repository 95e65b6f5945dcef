package org.uclg.carta.network;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.web.Languages;

/** The network directory as the rest of the platform reads it. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final LocalGovernments localGovernments;
    private final Partners partners;
    private final JdbcClient jdbc;
    private final Languages languages;

    Directory(LocalGovernments localGovernments, Partners partners, JdbcClient jdbc, Languages languages) {
        this.languages = languages;
        this.localGovernments = localGovernments;
        this.partners = partners;
        this.jdbc = jdbc;
    }

    public Optional<LocalGovernmentView> find(long id) {
        return localGovernments.findById(id).map(LocalGovernmentView::of);
    }

    /** A local government by the external id it was imported with (CSV, demo content). */
    public Optional<LocalGovernmentView> findByExternalId(String externalId) {
        return localGovernments.findByExternalId(externalId).map(LocalGovernmentView::of);
    }

    public boolean exists(long id) {
        return localGovernments.existsById(id);
    }

    /** Local governments by id, keeping the order asked for; unknown ids are skipped. */
    public List<LocalGovernmentView> findAll(Collection<Long> ids) {
        Map<Long, LocalGovernmentView> byId = localGovernments.findAllById(ids).stream()
                .map(LocalGovernmentView::of)
                .collect(Collectors.toMap(LocalGovernmentView::id, Function.identity()));
        return ids.stream().distinct().map(byId::get).filter(v -> v != null).toList();
    }

    /**
     * Filters and sorts by name in the reader's language (falling back to the other languages),
     * matching text without regard to case or accents.
     */
    public DirectoryPage search(DirectoryQuery query, String lang) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.region() != null) {
            where.append(" and region_code = :region");
            params.put("region", query.region());
        }
        if (query.country() != null) {
            where.append(" and country = :country");
            params.put("country", query.country());
        }
        if (query.type() != null) {
            LocalGovernmentType type = LocalGovernmentType.fromCode(query.type());
            where.append(" and type = :type");
            params.put("type", type == null ? "-" : type.name());
        }
        if (query.q() != null) {
            where.append(
                    " and unaccent(lower(name::text || ' ' || coalesce(description::text, ''))) like unaccent(lower(:q))");
            params.put(
                    "q",
                    "%" + query.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from local_government" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("lang", lang);
        params.put("limit", query.size());
        params.put("offset", (long) (query.page() - 1) * query.size());
        List<Long> ids = jdbc.sql("select id from local_government" + where
                        + " order by lower(" + languages.sqlLocalized("name", ":lang") + "), id"
                        + " limit :limit offset :offset")
                .params(params)
                .query(Long.class)
                .list();
        return new DirectoryPage(findAll(ids), total, query.page(), query.size());
    }

    /** Every local government sorted by name in the language, for choice lists. */
    public List<LocalGovernmentView> allByName(String lang) {
        List<Long> ids = jdbc.sql("select id from local_government order by lower("
                        + languages.sqlLocalized("name", ":lang") + "), id")
                .param("lang", lang)
                .query(Long.class)
                .list();
        return findAll(ids);
    }

    /** Countries that have at least one local government, sorted by name in the language. */
    public List<String> countriesInUse(String lang) {
        return Countries.sortedByName(localGovernments.countriesInUse(), lang);
    }

    public List<PartnerView> partners() {
        return partners.findAll().stream().map(Partner::view).toList();
    }

    public Optional<PartnerView> partnerByExternalId(String externalId) {
        return partners.findByExternalId(externalId).map(Partner::view);
    }

    public Optional<PartnerView> partner(long id) {
        return partners.findById(id).map(Partner::view);
    }

    public Stats stats() {
        // The same local governments the directory lists (former members too, marked as such there),
        // so that the home page and the directory never disagree.
        return new Stats(localGovernments.count(), localGovernments.countCountries(), partners.count());
    }

    /** Figures for the home page. */
    public record Stats(long localGovernments, long countries, long partners) {}
}
