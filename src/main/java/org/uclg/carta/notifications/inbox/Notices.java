package org.uclg.carta.notifications.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.i18n.TranslatableTextConverter;
import org.uclg.carta.kit.web.Paging;

/** The notices of each person: written when a module publishes something, read in the centre. */
@Service
public class Notices {

    static final TranslatableTextConverter TEXT = new TranslatableTextConverter();

    private final JdbcClient jdbc;
    private final Preferences preferences;
    private final Clock clock;

    Notices(DataSource dataSource, Preferences preferences, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.preferences = preferences;
        this.clock = clock;
    }

    /**
     * What is told, once per person: the subject ("resource:12") keeps a second delivery of the
     * same module event, or a second followed tag of the same item, from telling anyone twice.
     */
    public record News(NoticeKind kind, String subject, TranslatableText title, String detail, String path) {}

    /**
     * Writes the notice for each account (with the followed item that made them hear of it, or
     * null) as each chose: a person who turned the kind off gets nothing. Returns how many were written.
     */
    @Transactional
    public int post(News news, Map<Long, Reason> accounts) {
        return post(news, accounts, clock.instant());
    }

    /** As {@link #post(News, Map)}, dated (demo content spreads its notices over the past days). */
    @Transactional
    public int post(News news, Map<Long, Reason> accounts, java.time.Instant at) {
        if (accounts.isEmpty()) {
            return 0;
        }
        Map<Long, Channel> chosen = preferences.channels(accounts.keySet(), news.kind());
        String title = TEXT.convertToDatabaseColumn(news.title());
        Timestamp now = Timestamp.from(at);
        int written = 0;
        for (Map.Entry<Long, Reason> a : accounts.entrySet()) {
            Channel channel =
                    news.kind().mandatory() ? Channel.EMAIL : chosen.getOrDefault(a.getKey(), Channel.DEFAULT);
            if (channel == Channel.OFF) {
                continue;
            }
            String delivery = news.kind().mailedBySource() ? null : channel.delivery();
            Reason why = a.getValue();
            written += jdbc.sql("""
                    insert into notice (account_id, kind, subject, title, detail, path, reason_target, reason_id,
                                        mandatory, created_at, delivery)
                    values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (account_id, kind, subject) do nothing""")
                    .params(
                            a.getKey(),
                            news.kind().code(),
                            news.subject(),
                            title,
                            news.detail() == null ? "" : news.detail(),
                            news.path(),
                            why == null ? null : why.target(),
                            why == null ? null : why.id(),
                            news.kind().mandatory(),
                            now,
                            delivery)
                    .update();
        }
        return written;
    }

    /** Why a person hears of something: the kind and id of what they follow. */
    public record Reason(String target, long id) {}

    public long unread(long accountId) {
        return jdbc.sql("select count(*) from notice where account_id = ? and read_at is null")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    public record Page(List<NoticeView> items, long total, int page, int size) {}

    /** Newest first. */
    public Page page(long accountId, Paging paging, boolean unreadOnly) {
        String where = "account_id = :account" + (unreadOnly ? " and read_at is null" : "");
        long total = jdbc.sql("select count(*) from notice where " + where)
                .param("account", accountId)
                .query(Long.class)
                .single();
        List<NoticeView> items = jdbc.sql(
                        SELECT + " where " + where + " order by created_at desc, id desc limit :size offset :offset")
                .param("account", accountId)
                .param("size", paging.size())
                .param("offset", paging.offset())
                .query(Notices::view)
                .list();
        return new Page(items, total, paging.page(), paging.size());
    }

    /** Marks the person's notice read and gives its page; empty for anyone else's notice. */
    @Transactional
    public Optional<String> open(long accountId, long id) {
        Optional<String> path = jdbc.sql("select path from notice where id = ? and account_id = ?")
                .params(id, accountId)
                .query(String.class)
                .optional();
        path.ifPresent(p -> jdbc.sql("update notice set read_at = ? where id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), id)
                .update());
        return path;
    }

    @Transactional
    public int readAll(long accountId) {
        return jdbc.sql("update notice set read_at = ? where account_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), accountId)
                .update();
    }

    static final String SELECT =
            "select id, kind, title::text, detail, path, created_at, read_at, mandatory from notice";

    static NoticeView view(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp(7);
        return new NoticeView(
                rs.getLong(1),
                NoticeKind.ofCode(rs.getString(2)).orElseThrow(),
                TEXT.convertToEntityAttribute(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                read == null ? null : read.toInstant(),
                rs.getBoolean(8));
    }
}
