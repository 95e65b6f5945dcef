package org.uclg.carta.library.search;

import java.util.List;

/**
 * The filters of a Resource Space search as a page, the API and an export take them from the
 * query string (each may repeat: {@code type=guide&type=policy}); bound by Spring, read as typed.
 */
public class ResourceFilters {

    private String q;
    private List<String> type;
    private List<String> framework;
    private List<String> article;
    private List<String> region;
    private List<String> country;
    private List<String> localGovernment;
    private List<String> year;
    private List<String> language;
    private List<String> fileType;

    /** The query for one page of results; an id or a year that is not a number is refused (400). */
    public ResourceQuery query(String sort, int page, int size) {
        return new ResourceQuery(
                q,
                type,
                framework,
                ResourceQuery.map(article, Long::valueOf),
                region,
                country,
                ResourceQuery.map(localGovernment, Long::valueOf),
                ResourceQuery.map(year, Integer::valueOf),
                language,
                fileType,
                sort,
                page,
                size);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<String> getType() {
        return type;
    }

    public void setType(List<String> type) {
        this.type = type;
    }

    public List<String> getFramework() {
        return framework;
    }

    public void setFramework(List<String> framework) {
        this.framework = framework;
    }

    public List<String> getArticle() {
        return article;
    }

    public void setArticle(List<String> article) {
        this.article = article;
    }

    public List<String> getRegion() {
        return region;
    }

    public void setRegion(List<String> region) {
        this.region = region;
    }

    public List<String> getCountry() {
        return country;
    }

    public void setCountry(List<String> country) {
        this.country = country;
    }

    public List<String> getLocalGovernment() {
        return localGovernment;
    }

    public void setLocalGovernment(List<String> localGovernment) {
        this.localGovernment = localGovernment;
    }

    public List<String> getYear() {
        return year;
    }

    public void setYear(List<String> year) {
        this.year = year;
    }

    public List<String> getLanguage() {
        return language;
    }

    public void setLanguage(List<String> language) {
        this.language = language;
    }

    public List<String> getFileType() {
        return fileType;
    }

    public void setFileType(List<String> fileType) {
        this.fileType = fileType;
    }
}
