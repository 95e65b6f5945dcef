package org.uclg.carta.advocacy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.i18n.TranslatableTextConverter;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Tags;

/**
 * What other modules may ask of advocacy: public campaigns and initiatives whose title has the
 * words, and one public campaign with who and what it concerns (for follows and notices).
 */
@Component
public class Advocacy {

    private static final TranslatableTextConverter TEXT = new TranslatableTextConverter();

    private final JdbcClient jdbc;
    private final Tags tags;

    Advocacy(DataSource dataSource, Tags tags) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tags = tags;
    }

    /**
     * A campaign or an initiative as the site search lists it.
     *
     * @param kind campaign or initiative
     * @param path after the language prefix
     */
    public record Found(String kind, TranslatableText title, String path) {}

    /** Open campaigns and active initiatives first; the words are matched in any language, accents and case aside. */
    public List<Found> search(String words, int limit) {
        String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select 'campaign', title::text, '/campaigns/' || id, case state when 'open' then 0 else 1 end, opens_on
                from campaign where state in ('open', 'closed')
                and unaccent((select string_agg(value, ' ') from jsonb_each_text(title))) ilike unaccent(:like)
                union all
                select 'initiative', title::text, '/initiatives/' || id, case state when 'active' then 0 else 1 end,
                    cast(created_at as date)
                from initiative where state in ('active', 'closed')
                and unaccent((select string_agg(value, ' ') from jsonb_each_text(title))) ilike unaccent(:like)
                order by 4, 5 desc limit :limit""")
                .param("like", like)
                .param("limit", Math.max(0, Math.min(limit, 50)))
                .query((rs, n) ->
                        new Found(rs.getString(1), TEXT.convertToEntityAttribute(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /**
     * A public campaign.
     *
     * @param state open or closed
     * @param localGovernmentIds the proposer and the local governments whose endorsement is verified
     */
    public record Cause(
            long id,
            TranslatableText title,
            String path,
            String state,
            int statementVersion,
            Set<Long> localGovernmentIds,
            Set<Long> articleIds) {}

    public Optional<Cause> campaign(long id) {
        return jdbc.sql("select title::text, state, statement_version, proposed_by_lg from campaign where id = ?"
                        + " and state in ('open', 'closed')")
                .param(id)
                .query((rs, n) -> {
                    Set<Long> lgs = new HashSet<>(jdbc.sql(
                                    "select local_government_id from endorsement where campaign_id = ? and state = 'verified'")
                            .param(id)
                            .query(Long.class)
                            .list());
                    long proposer = rs.getLong(4);
                    if (!rs.wasNull()) {
                        lgs.add(proposer);
                    }
                    return new Cause(
                            id,
                            TEXT.convertToEntityAttribute(rs.getString(1)),
                            "/campaigns/" + id,
                            rs.getString(2),
                            rs.getInt(3),
                            lgs,
                            tags.of("campaign", id).stream()
                                    .map(ArticleRef::id)
                                    .collect(java.util.stream.Collectors.toSet()));
                })
                .optional();
    }

    /** A public initiative or working group: its coordinator and members as local governments. */
    public Optional<Cause> initiative(long id) {
        return jdbc.sql("select title::text, state, coordinator_lg from initiative where id = ?"
                        + " and state in ('active', 'closed')")
                .param(id)
                .query((rs, n) -> {
                    Set<Long> lgs = new HashSet<>(
                            jdbc.sql("select local_government_id from initiative_member where initiative_id = ?")
                                    .param(id)
                                    .query(Long.class)
                                    .list());
                    lgs.add(rs.getLong(3));
                    return new Cause(
                            id,
                            TEXT.convertToEntityAttribute(rs.getString(1)),
                            "/initiatives/" + id,
                            rs.getString(2),
                            0,
                            lgs,
                            tags.of("initiative", id).stream()
                                    .map(ArticleRef::id)
                                    .collect(java.util.stream.Collectors.toSet()));
                })
                .optional();
    }
}
