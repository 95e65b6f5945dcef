package org.uclg.carta.notifications.inbox;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.Paging;

/** The signed-in person's notices as JSON, with a personal API token. */
@RestController
public class NoticeApi {

    private final Notices notices;
    private final Persons persons;
    private final String pagesUrl;

    public NoticeApi(Notices notices, Persons persons, CartaProperties props) {
        this.notices = notices;
        this.persons = persons;
        this.pagesUrl = props.pagesUrl();
    }

    @GetMapping("/api/v1/me/notifications")
    public Map<String, Object> list(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "false") boolean unread,
            Actor user) {
        Notices.Page found = notices.page(persons.require(user), Paging.of(page, size, 20, 100), unread);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.total());
        body.put("page", found.page());
        body.put("size", found.size());
        body.put("items", found.items().stream().map(this::json).toList());
        return body;
    }

    private Map<String, Object> json(NoticeView n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("kind", n.kind().code());
        m.put("title", n.title().values());
        m.put("about", n.detail().isEmpty() ? null : n.detail());
        m.put("mandatory", n.mandatory());
        m.put("read", !n.unread());
        m.put(
                "createdAt",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(n.createdAt().atOffset(ZoneOffset.UTC)));
        m.put("url", pagesUrl + n.path());
        return m;
    }
}
