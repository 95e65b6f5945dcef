package org.uclg.carta.advocacy.campaign;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.i18n.TranslatableTextConverter;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.taxonomy.Tags;

/** Campaign rows, their statements, links and updates, in SQL. */
@Repository
public class CampaignStore {

    static final TranslatableTextConverter TEXT = new TranslatableTextConverter();
    static final String ITEM_TYPE = "campaign";

    private static final String COLUMNS = """
            c.id, c.state, c.title::text, c.call_to_action::text, c.goal, c.opens_on, c.closes_on, c.initiative_id,
            c.statement_version, s.text::text, c.proposed_by_lg, c.created_by, c.created_at, c.updated_at,
            c.decline_reason, c.version""";
    private static final String FROM =
            " from campaign c join campaign_statement s on s.campaign_id = c.id and s.number = c.statement_version ";

    private final JdbcClient jdbc;
    private final Tags tags;

    CampaignStore(DataSource dataSource, Tags tags) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tags = tags;
    }

    long insert(
            CampaignState state, CampaignData d, TranslatableText statement, Long proposedBy, String by, Instant now) {
        long id = jdbc.sql("""
                insert into campaign (state, title, call_to_action, goal, opens_on, closes_on, initiative_id,
                    proposed_by_lg, created_by, created_at, updated_at)
                values (?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        state.code(),
                        json(d.title()),
                        json(d.callToAction()),
                        d.goal(),
                        d.opensOn(),
                        d.closesOn(),
                        d.initiativeId(),
                        proposedBy,
                        by,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
        addStatement(id, 1, statement, TranslatableText.empty(), by, now);
        setLinks(id, d);
        return id;
    }

    /** Saves the fields when the row is still at the version the editor saw; false when it was not. */
    boolean update(long id, long seenVersion, CampaignData d, Instant now) {
        int n = jdbc.sql("""
                update campaign set title = ?::jsonb, call_to_action = ?::jsonb, goal = ?, opens_on = ?, closes_on = ?,
                    initiative_id = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(
                        json(d.title()),
                        json(d.callToAction()),
                        d.goal(),
                        d.opensOn(),
                        d.closesOn(),
                        d.initiativeId(),
                        Timestamp.from(now),
                        id,
                        seenVersion)
                .update();
        if (n == 1) {
            setLinks(id, d);
        }
        return n == 1;
    }

    void addStatement(long id, int number, TranslatableText text, TranslatableText note, String by, Instant now) {
        jdbc.sql("""
                insert into campaign_statement (campaign_id, number, text, change_note, created_at, created_by)
                values (?, ?, ?::jsonb, ?::jsonb, ?, ?)""")
                .params(id, number, json(text), json(note), Timestamp.from(now), by)
                .update();
        jdbc.sql("update campaign set statement_version = ? where id = ?")
                .params(number, id)
                .update();
    }

    /** Corrects the current version in place: nobody endorsed or signed it yet. */
    void correctStatement(long id, int number, TranslatableText text) {
        jdbc.sql("update campaign_statement set text = ?::jsonb where campaign_id = ? and number = ?")
                .params(json(text), id, number)
                .update();
    }

    boolean setState(long id, CampaignState from, CampaignState to, String reason, Instant now) {
        return jdbc.sql("""
                update campaign set state = ?, decline_reason = ?, updated_at = ?, version = version + 1
                where id = ? and state = ?""")
                        .params(to.code(), reason, Timestamp.from(now), id, from.code())
                        .update()
                == 1;
    }

    private void setLinks(long id, CampaignData d) {
        jdbc.sql("delete from campaign_link where campaign_id = ?").param(id).update();
        Map<String, List<Long>> links =
                Map.of("resource", d.resourceIds(), "event", d.eventIds(), "partner", d.partnerIds());
        links.forEach((kind, ids) -> ids.stream().distinct().forEach(target -> jdbc.sql(
                        "insert into campaign_link (campaign_id, kind, target_id) values (?, ?, ?)")
                .params(id, kind, target)
                .update()));
    }

    Optional<CampaignView> find(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + "where c.id = ?")
                .param(id)
                .query(this::row)
                .optional()
                .map(this::withLinks);
    }

    /** Campaigns in these states, open ones first, then newest first, optionally tagged with an article. */
    List<CampaignView> list(List<CampaignState> states, Long articleId, Paging paging) {
        return jdbc
                .sql(
                        "select " + COLUMNS + FROM + where(articleId)
                                + " order by case c.state when 'open' then 0 else 1 end, c.opens_on desc, c.id desc limit :limit offset :offset")
                .param("states", states.stream().map(CampaignState::code).toList())
                .param("tagged", tagged(articleId))
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::row)
                .list()
                .stream()
                .map(this::withLinks)
                .toList();
    }

    long count(List<CampaignState> states, Long articleId) {
        return jdbc.sql("select count(*)" + FROM + where(articleId))
                .param("states", states.stream().map(CampaignState::code).toList())
                .param("tagged", tagged(articleId))
                .query(Long.class)
                .single();
    }

    private static String where(Long articleId) {
        return "where c.state in (:states)" + (articleId == null ? "" : " and c.id in (:tagged)");
    }

    /** The ids tagged with the article; -1 alone when none, so that the list in SQL is never empty. */
    private List<Long> tagged(Long articleId) {
        List<Long> ids = articleId == null ? List.of() : tags.itemsTaggedWith(ITEM_TYPE, articleId);
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** Every campaign a person handles: editors see all, a representative those their local governments proposed. */
    List<CampaignView> proposedBy(java.util.Collection<Long> localGovernments) {
        if (localGovernments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + FROM + "where c.proposed_by_lg in (:lgs) order by c.created_at desc")
                .param("lgs", localGovernments)
                .query(this::row)
                .list();
    }

    /** The public campaigns an initiative runs. */
    List<CampaignView> ofInitiative(long initiativeId) {
        return jdbc.sql("select " + COLUMNS + FROM
                        + "where c.initiative_id = ? and c.state in ('open', 'closed') order by c.opens_on desc")
                .param(initiativeId)
                .query(this::row)
                .list();
    }

    List<Long> publicIds() {
        return jdbc.sql("select id from campaign where state in ('open', 'closed') order by id")
                .query(Long.class)
                .list();
    }

    List<CampaignView> inState(CampaignState state) {
        return jdbc.sql("select " + COLUMNS + FROM + "where c.state = ? order by c.created_at desc")
                .param(state.code())
                .query(this::row)
                .list();
    }

    List<Statement> statements(long id) {
        return jdbc.sql("""
                select number, text::text, change_note::text, created_at from campaign_statement
                where campaign_id = ? order by number desc""")
                .param(id)
                .query((rs, n) -> new Statement(
                        rs.getInt(1),
                        TEXT.convertToEntityAttribute(rs.getString(2)),
                        TEXT.convertToEntityAttribute(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    long addUpdate(
            long campaignId, LocalDate on, TranslatableText title, TranslatableText body, String by, Instant now) {
        return jdbc.sql("""
                insert into campaign_update (campaign_id, posted_on, title, body, created_by, created_at)
                values (?, ?, ?::jsonb, ?::jsonb, ?, ?) returning id""")
                .params(campaignId, on, json(title), json(body), by, Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    List<CampaignUpdate> updates(long campaignId) {
        return jdbc.sql(UPDATES + "where campaign_id = ? order by posted_on desc, id desc")
                .param(campaignId)
                .query(CampaignStore::update)
                .list();
    }

    /** The latest updates of public campaigns, for the Atom feed. */
    List<CampaignUpdate> latestUpdates(int limit) {
        return jdbc.sql(UPDATES
                        + "where campaign_id in (select id from campaign where state in ('open', 'closed'))"
                        + " order by posted_on desc, id desc limit ?")
                .param(limit)
                .query(CampaignStore::update)
                .list();
    }

    private static final String UPDATES =
            "select id, campaign_id, posted_on, title::text, body::text, created_at from campaign_update ";

    private static CampaignUpdate update(ResultSet rs, int n) throws SQLException {
        return new CampaignUpdate(
                rs.getLong(1),
                rs.getLong(2),
                rs.getDate(3).toLocalDate(),
                TEXT.convertToEntityAttribute(rs.getString(4)),
                TEXT.convertToEntityAttribute(rs.getString(5)),
                rs.getTimestamp(6).toInstant());
    }

    /** The public campaigns linked to a partner, a resource or an event. */
    List<CampaignView> linkedTo(String kind, long targetId) {
        return jdbc.sql("select " + COLUMNS + FROM + """
                        where c.state in ('open', 'closed')
                        and exists (select 1 from campaign_link l where l.campaign_id = c.id and l.kind = ? and l.target_id = ?)
                        order by c.opens_on desc""")
                .params(kind, targetId)
                .query(this::row)
                .list();
    }

    private CampaignView withLinks(CampaignView v) {
        Map<String, List<Long>> links = new HashMap<>();
        jdbc.sql("select kind, target_id from campaign_link where campaign_id = ? order by target_id")
                .param(v.id())
                .query((rs, n) -> links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        List<Long> articles = tags.of(ITEM_TYPE, v.id()).stream()
                .map(org.uclg.carta.taxonomy.ArticleRef::id)
                .sorted()
                .toList();
        CampaignData d = v.data();
        return new CampaignView(
                v.id(),
                v.state(),
                new CampaignData(
                        d.title(),
                        d.callToAction(),
                        d.goal(),
                        d.opensOn(),
                        d.closesOn(),
                        articles,
                        links.getOrDefault("resource", List.of()),
                        links.getOrDefault("event", List.of()),
                        links.getOrDefault("partner", List.of()),
                        d.initiativeId()),
                v.statementVersion(),
                v.statement(),
                v.proposedBy(),
                v.createdBy(),
                v.createdAt(),
                v.updatedAt(),
                v.declineReason(),
                v.version());
    }

    private CampaignView row(ResultSet rs, int n) throws SQLException {
        Date closes = rs.getDate(7);
        long initiative = rs.getLong(8);
        boolean noInitiative = rs.wasNull();
        long proposer = rs.getLong(11);
        boolean noProposer = rs.wasNull();
        return new CampaignView(
                rs.getLong(1),
                CampaignState.ofCode(rs.getString(2)).orElseThrow(),
                new CampaignData(
                        TEXT.convertToEntityAttribute(rs.getString(3)),
                        TEXT.convertToEntityAttribute(rs.getString(4)),
                        rs.getInt(5),
                        rs.getDate(6).toLocalDate(),
                        closes == null ? null : closes.toLocalDate(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        noInitiative ? null : initiative),
                rs.getInt(9),
                TEXT.convertToEntityAttribute(rs.getString(10)),
                noProposer ? null : proposer,
                rs.getString(12),
                rs.getTimestamp(13).toInstant(),
                rs.getTimestamp(14).toInstant(),
                rs.getString(15),
                rs.getLong(16));
    }

    static String json(TranslatableText text) {
        return TEXT.convertToDatabaseColumn(text);
    }

    /** Whether anyone endorsed or signed the campaign yet: then its statement is amended, not corrected. */
    boolean hasSupport(long id) {
        return jdbc.sql("""
                select exists (select 1 from endorsement where campaign_id = :id)
                    or exists (select 1 from signature where campaign_id = :id)""").param("id", id).query(Boolean.class).single();
    }
}
