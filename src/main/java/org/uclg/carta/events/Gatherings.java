package org.uclg.carta.events;

import java.util.List;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.i18n.TranslatableTextConverter;

/** What other modules may ask of events: the public events and Forum sessions whose title has the words. */
@Component
public class Gatherings {

    private static final TranslatableTextConverter TEXT = new TranslatableTextConverter();

    private final JdbcClient jdbc;

    Gatherings(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** An event or a session as the site search lists it; the path is after the language prefix. */
    public record Found(TranslatableText title, String path, java.time.Instant startsAt) {}

    /** Latest first; the words are matched in any language, accents and case aside. */
    public List<Found> search(String words, int limit) {
        String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select title::text, '/events/' || id, starts_at from event
                where state <> 'DRAFT' and unaccent((select string_agg(value, ' ') from jsonb_each_text(title))) ilike unaccent(:like)
                union all
                select s.title::text, '/forum/sessions/' || s.id, s.starts_at from forum_session s
                join event e on e.id = s.event_id
                where s.published and e.state <> 'DRAFT' and unaccent((select string_agg(value, ' ') from jsonb_each_text(s.title))) ilike unaccent(:like)
                order by 3 desc limit :limit""")
                .param("like", like)
                .param("limit", limit)
                .query((rs, n) -> new Found(
                        TEXT.convertToEntityAttribute(rs.getString(1)),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }
}
