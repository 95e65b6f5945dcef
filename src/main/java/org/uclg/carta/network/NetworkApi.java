package org.uclg.carta.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.web.InvalidInputException;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Tags;

/** JSON API of the directory, following the platform's API conventions. */
@RestController
class NetworkApi {

    private final Directory directory;
    private final NetworkAdmin admin;
    private final Tags tags;
    private final String pagesUrl;

    NetworkApi(Directory directory, NetworkAdmin admin, Tags tags, CartaProperties props) {
        this.directory = directory;
        this.admin = admin;
        this.tags = tags;
        this.pagesUrl = props.pagesUrl();
    }

    @GetMapping("/api/v1/local-governments")
    Map<String, Object> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "en") String lang) {
        DirectoryPage result = directory.search(new DirectoryQuery(q, region, country, type, page, size), lang);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("items", result.items().stream().map(this::json).toList());
        return body;
    }

    @GetMapping("/api/v1/local-governments/{id}")
    Map<String, Object> one(@PathVariable long id) {
        return json(directory.find(id).orElseThrow(NotFoundException::new));
    }

    @PostMapping("/api/v1/local-governments")
    @PreAuthorize("@networkPermissions.mayEdit(principal)")
    ResponseEntity<Map<String, Object>> create(@RequestBody LocalGovernmentJson body) {
        var validated = admin.validate(body.toForm());
        if (validated.errors().any()) {
            throw new InvalidInputException(validated.errors().all());
        }
        long id = admin.create(validated.data(), body.articleIdsOrEmpty());
        return ResponseEntity.status(HttpStatus.CREATED).body(one(id));
    }

    @PutMapping("/api/v1/local-governments/{id}")
    @PreAuthorize("@networkPermissions.mayEdit(principal)")
    Map<String, Object> update(@PathVariable long id, @RequestBody LocalGovernmentJson body) {
        LocalGovernmentView current = directory.find(id).orElseThrow(NotFoundException::new);
        var validated = admin.validate(body.toForm());
        if (validated.errors().any()) {
            throw new InvalidInputException(validated.errors().all());
        }
        try {
            admin.update(id, current.version(), validated.data(), body.articleIdsOrEmpty());
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new InvalidInputException(Map.of("version", "validation.conflict"));
        }
        return one(id);
    }

    private Map<String, Object> json(LocalGovernmentView lg) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", lg.id());
        m.put("name", lg.name().values());
        m.put("description", lg.description().values());
        m.put("type", lg.type() == null ? null : lg.type().code());
        m.put("country", lg.country());
        m.put("region", lg.region());
        m.put("population", lg.population());
        m.put("latitude", lg.latitude());
        m.put("longitude", lg.longitude());
        m.put("website", lg.website());
        m.put("memberSince", lg.memberSince() == null ? null : lg.memberSince().toString());
        m.put("status", lg.status() == null ? null : lg.status().code());
        m.put(
                "articles",
                tags.of(NetworkAdmin.ITEM_TYPE, lg.id()).stream()
                        .map(NetworkApi::articleJson)
                        .toList());
        m.put("url", pagesUrl + lg.path());
        return m;
    }

    private static Map<String, Object> articleJson(ArticleRef a) {
        return Map.of("id", a.id(), "framework", a.frameworkCode(), "number", a.number());
    }

    /** Body of POST and PUT: the same fields as the editors' form, in API naming. */
    record LocalGovernmentJson(
            Map<String, String> name,
            Map<String, String> description,
            String type,
            String country,
            String region,
            Long population,
            Double latitude,
            Double longitude,
            String website,
            String memberSince,
            String status,
            List<Long> articleIds) {

        LocalGovernmentForm toForm() {
            LocalGovernmentForm f = new LocalGovernmentForm();
            if (name != null) {
                f.getName().getValues().putAll(name);
            }
            if (description != null) {
                f.getDescription().getValues().putAll(description);
            }
            f.setType(type);
            f.setCountry(country);
            f.setRegion(region);
            f.setPopulation(population == null ? "" : population.toString());
            f.setLatitude(latitude == null ? "" : latitude.toString());
            f.setLongitude(longitude == null ? "" : longitude.toString());
            f.setWebsite(website);
            f.setMemberSince(memberSince);
            f.setStatus(status == null ? "member" : status);
            return f;
        }

        List<Long> articleIdsOrEmpty() {
            return articleIds == null ? List.of() : articleIds;
        }
    }
}
