package org.uclg.carta.events.calendar;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.Paging;

/** The public calendar's query: the filters of the URL as one JPQL statement, paged. */
@Component
class EventSearch {

    private final EntityManager em;

    EventSearch(EntityManager em) {
        this.em = em;
    }

    record Found(long total, List<Event> events) {}

    /** Upcoming events soonest first; past ones (or one month, in any time) latest first. */
    Found find(CalendarFilters f, Instant now, Paging paging) {
        StringBuilder where = new StringBuilder(" where e.state <> :draft");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("draft", EventState.DRAFT);
        f.kindCode().ifPresent(k -> {
            where.append(" and e.kind = :kind");
            params.put("kind", k);
        });
        if (!f.regionCode().isBlank()) {
            where.append(" and e.region = :region");
            params.put("region", f.regionCode());
        }
        if (!f.countryCode().isBlank()) {
            where.append(" and e.country = :country");
            params.put("country", f.countryCode());
        }
        if (!f.languageCode().isBlank()) {
            where.append(" and :language member of e.languages");
            params.put("language", f.languageCode());
        }
        if (f.getArticle() != null) {
            where.append(" and :article member of e.articleIds");
            params.put("article", f.getArticle());
        }
        if (f.attendanceCode().equals("online")) {
            where.append(" and e.onlineUrl is not null");
        } else if (f.attendanceCode().equals("in-person")) {
            where.append(" and (e.city is not null or e.venueName is not null or e.address is not null)");
        }
        boolean newestFirst;
        if (f.yearMonth().isPresent()) {
            YearMonth m = f.yearMonth().get();
            // The month in UTC, widened by a day each side so an event in any zone is not missed.
            where.append(" and e.startsAt < :monthEnd and e.endsAt >= :monthStart");
            params.put(
                    "monthStart",
                    m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(86_400));
            params.put(
                    "monthEnd",
                    m.plusMonths(1)
                            .atDay(1)
                            .atStartOfDay()
                            .toInstant(ZoneOffset.UTC)
                            .plusSeconds(86_400));
            newestFirst = false;
        } else if (f.past()) {
            where.append(" and e.endsAt < :now");
            params.put("now", now);
            newestFirst = true;
        } else {
            where.append(" and e.endsAt >= :now");
            params.put("now", now);
            newestFirst = false;
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from Event e" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0) {
            return new Found(0, List.of());
        }
        String order = newestFirst ? " order by e.startsAt desc, e.id desc" : " order by e.startsAt, e.id";
        TypedQuery<Long> ids = em.createQuery("select e.id from Event e" + where + order, Long.class);
        params.forEach(ids::setParameter);
        ids.setFirstResult((int) paging.offset());
        ids.setMaxResults(paging.size());
        List<Long> page = ids.getResultList();
        if (page.isEmpty()) {
            return new Found(total, List.of());
        }
        Map<Long, Event> byId = new LinkedHashMap<>();
        em.createQuery("select e from Event e where e.id in :ids", Event.class)
                .setParameter("ids", page)
                .getResultList()
                .forEach(e -> byId.put(e.id(), e));
        return new Found(total, page.stream().map(byId::get).toList());
    }
}
