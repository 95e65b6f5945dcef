package org.uclg.carta.newsletter.issue;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.web.Paging;

/** Sent issues as open data: subject and body (Markdown) per language, when they went, their page. */
@RestController
public class IssueApi {

    private final Issues issues;
    private final String pagesUrl;

    public IssueApi(Issues issues, CartaProperties props) {
        this.issues = issues;
        this.pagesUrl = props.pagesUrl();
    }

    @GetMapping("/api/v1/newsletter/issues")
    public Map<String, Object> list(
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        Issues.Page found = issues.sent(Paging.of(page, size, 20, 100));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.total());
        body.put("page", found.page());
        body.put("size", found.size());
        body.put(
                "items",
                found.items().stream()
                        .map(i -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", i.id());
                            m.put("subject", i.data().subject().values());
                            m.put("body", i.data().body().values());
                            m.put(
                                    "sentAt",
                                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                            i.sentAt().atOffset(ZoneOffset.UTC)));
                            m.put("url", pagesUrl + i.path());
                            return m;
                        })
                        .toList());
        return body;
    }
}
