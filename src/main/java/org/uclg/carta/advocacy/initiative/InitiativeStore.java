package org.uclg.carta.advocacy.initiative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.i18n.TranslatableTextConverter;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Tags;

/** Initiatives, their members, updates and links, in plain SQL; articles are the taxonomy's tags. */
@Component
class InitiativeStore {

    static final String ITEM_TYPE = "initiative";
    private static final TranslatableTextConverter TEXT = new TranslatableTextConverter();
    private static final String COLUMNS = """
            select id, kind, state, title::text, purpose::text, activities::text, coordinator_lg, coordinator_name,
                created_by, created_at, updated_at, decline_reason, version from initiative\s""";

    private final JdbcClient jdbc;
    private final Tags tags;

    InitiativeStore(DataSource dataSource, Tags tags) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tags = tags;
    }

    long insert(InitiativeState state, InitiativeData d, long coordinator, String by, Instant now) {
        long id = jdbc.sql("""
                insert into initiative (kind, state, title, purpose, activities, coordinator_lg, coordinator_name,
                    created_by, created_at, updated_at)
                values (?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?) returning id""")
                .params(
                        d.kind().code(),
                        state.code(),
                        json(d.title()),
                        json(d.purpose()),
                        json(d.activities()),
                        coordinator,
                        d.coordinatorName(),
                        by,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
        addMember(id, coordinator, by, now);
        setLinks(id, d);
        tags.set(ITEM_TYPE, id, d.articleIds());
        return id;
    }

    /** Saves when the row is still at the version the editor saw. */
    boolean update(long id, long seenVersion, InitiativeData d, Instant now) {
        int n = jdbc.sql("""
                update initiative set kind = ?, title = ?::jsonb, purpose = ?::jsonb, activities = ?::jsonb,
                    coordinator_name = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(
                        d.kind().code(),
                        json(d.title()),
                        json(d.purpose()),
                        json(d.activities()),
                        d.coordinatorName(),
                        Timestamp.from(now),
                        id,
                        seenVersion)
                .update();
        if (n == 1) {
            setLinks(id, d);
            tags.set(ITEM_TYPE, id, d.articleIds());
        }
        return n == 1;
    }

    boolean setState(long id, InitiativeState from, InitiativeState to, String reason, Instant now) {
        return jdbc.sql("""
                update initiative set state = ?, decline_reason = ?, updated_at = ?, version = version + 1
                where id = ? and state = ?""")
                        .params(to.code(), reason, Timestamp.from(now), id, from.code())
                        .update()
                == 1;
    }

    Optional<InitiativeView> find(long id) {
        return jdbc.sql(COLUMNS + "where id = ?")
                .param(id)
                .query(this::row)
                .optional()
                .map(this::withLinks);
    }

    /** Public ones, active first then newest; or every one for editors. */
    List<InitiativeView> list(Collection<InitiativeState> states, int limit, long offset) {
        return jdbc
                .sql(COLUMNS + """
                where state in (:states) order by case state when 'active' then 0 when 'proposed' then 1 else 2 end,
                    created_at desc, id desc limit :limit offset :offset""")
                .param("states", states.stream().map(InitiativeState::code).toList())
                .param("limit", limit)
                .param("offset", offset)
                .query(this::row)
                .list()
                .stream()
                .map(this::withLinks)
                .toList();
    }

    long count(Collection<InitiativeState> states) {
        return jdbc.sql("select count(*) from initiative where state in (:states)")
                .param("states", states.stream().map(InitiativeState::code).toList())
                .query(Long.class)
                .single();
    }

    List<InitiativeView> ofMembers(Collection<Long> localGovernments) {
        if (localGovernments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + """
                where id in (select initiative_id from initiative_member where local_government_id in (:lgs))
                order by created_at desc""")
                .param("lgs", localGovernments)
                .query(this::row)
                .list();
    }

    List<Long> taggedWith(long articleId) {
        return tags.itemsTaggedWith(ITEM_TYPE, articleId);
    }

    /** Joins once: a second click or a concurrent one changes nothing. */
    boolean addMember(long id, long localGovernment, String by, Instant now) {
        return jdbc.sql("""
                        insert into initiative_member (initiative_id, local_government_id, joined_at, joined_by)
                        values (?, ?, ?, ?) on conflict do nothing""")
                        .params(id, localGovernment, Timestamp.from(now), by)
                        .update()
                == 1;
    }

    boolean removeMember(long id, long localGovernment) {
        return jdbc.sql("delete from initiative_member where initiative_id = ? and local_government_id = ?")
                        .params(id, localGovernment)
                        .update()
                == 1;
    }

    /** Member local governments, in the order they joined. */
    List<Long> members(long id) {
        return jdbc.sql(
                        "select local_government_id from initiative_member where initiative_id = ? order by joined_at, local_government_id")
                .param(id)
                .query(Long.class)
                .list();
    }

    /** Members of each initiative, in one query for a list page. */
    Map<Long, Integer> memberCounts(Collection<Long> ids) {
        Map<Long, Integer> out = new HashMap<>();
        ids.forEach(id -> out.put(id, 0));
        if (!ids.isEmpty()) {
            jdbc.sql("select initiative_id, count(*) from initiative_member where initiative_id = any(?) group by 1")
                    .param(ids.toArray(Long[]::new))
                    .query((rs, n) -> out.put(rs.getLong(1), rs.getInt(2)))
                    .list();
        }
        return out;
    }

    long addUpdate(long id, TranslatableText title, TranslatableText body, boolean isPublic, String by, Instant now) {
        return jdbc.sql("""
                insert into initiative_update (initiative_id, title, body, public, posted_at, posted_by)
                values (?, ?::jsonb, ?::jsonb, ?, ?, ?) returning id""")
                .params(id, json(title), json(body), isPublic, Timestamp.from(now), by)
                .query(Long.class)
                .single();
    }

    List<InitiativeUpdate> updates(long id, boolean withPrivate, int limit) {
        return jdbc.sql("""
                select id, initiative_id, title::text, body::text, public, posted_at from initiative_update
                where initiative_id = :id and (public or :all) order by posted_at desc, id desc limit :limit""")
                .param("id", id)
                .param("all", withPrivate)
                .param("limit", limit)
                .query((rs, n) -> new InitiativeUpdate(
                        rs.getLong(1),
                        rs.getLong(2),
                        TEXT.convertToEntityAttribute(rs.getString(3)),
                        TEXT.convertToEntityAttribute(rs.getString(4)),
                        rs.getBoolean(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    Optional<InitiativeUpdate> update(long updateId) {
        return jdbc.sql("""
                select id, initiative_id, title::text, body::text, public, posted_at from initiative_update where id = ?""")
                .param(updateId)
                .query((rs, n) -> new InitiativeUpdate(
                        rs.getLong(1),
                        rs.getLong(2),
                        TEXT.convertToEntityAttribute(rs.getString(3)),
                        TEXT.convertToEntityAttribute(rs.getString(4)),
                        rs.getBoolean(5),
                        rs.getTimestamp(6).toInstant()))
                .optional();
    }

    private void setLinks(long id, InitiativeData d) {
        jdbc.sql("delete from initiative_link where initiative_id = ?")
                .param(id)
                .update();
        insertLinks(id, "resource", d.outputIds(), false);
        insertLinks(id, "resource", d.documentIds(), true);
        insertLinks(id, "event", d.meetingIds(), true);
        insertLinks(id, "debate", d.debateIds(), true);
    }

    private void insertLinks(long id, String kind, List<Long> targets, boolean membersOnly) {
        targets.stream()
                .distinct()
                .forEach(t -> jdbc.sql("""
                        insert into initiative_link (initiative_id, kind, target_id, members_only) values (?, ?, ?, ?)
                        on conflict do nothing""").params(id, kind, t, membersOnly).update());
    }

    private InitiativeView withLinks(InitiativeView v) {
        Map<String, List<Long>> links = new HashMap<>();
        jdbc.sql("select kind, members_only, target_id from initiative_link where initiative_id = ? order by target_id")
                .param(v.id())
                .query((rs, n) -> links.computeIfAbsent(
                                rs.getString(1)
                                        + (rs.getString(1).equals("resource") && rs.getBoolean(2) ? "-members" : ""),
                                k -> new ArrayList<>())
                        .add(rs.getLong(3)))
                .list();
        InitiativeData d = v.data();
        return new InitiativeView(
                v.id(),
                v.state(),
                new InitiativeData(
                        d.kind(),
                        d.title(),
                        d.purpose(),
                        d.activities(),
                        d.coordinatorName(),
                        tags.of(ITEM_TYPE, v.id()).stream()
                                .map(ArticleRef::id)
                                .sorted()
                                .toList(),
                        links.getOrDefault("resource", List.of()),
                        links.getOrDefault("resource-members", List.of()),
                        links.getOrDefault("event", List.of()),
                        links.getOrDefault("debate", List.of())),
                v.coordinatorId(),
                v.createdBy(),
                v.createdAt(),
                v.updatedAt(),
                v.declineReason(),
                v.version());
    }

    private InitiativeView row(ResultSet rs, int n) throws SQLException {
        return new InitiativeView(
                rs.getLong(1),
                InitiativeState.ofCode(rs.getString(3)).orElseThrow(),
                new InitiativeData(
                        InitiativeKind.ofCode(rs.getString(2)).orElseThrow(),
                        TEXT.convertToEntityAttribute(rs.getString(4)),
                        TEXT.convertToEntityAttribute(rs.getString(5)),
                        TEXT.convertToEntityAttribute(rs.getString(6)),
                        rs.getString(8),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()),
                rs.getLong(7),
                rs.getString(9),
                rs.getTimestamp(10).toInstant(),
                rs.getTimestamp(11).toInstant(),
                rs.getString(12),
                rs.getLong(13));
    }

    private static String json(TranslatableText text) {
        return TEXT.convertToDatabaseColumn(text);
    }
}
