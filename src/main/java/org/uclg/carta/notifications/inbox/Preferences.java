package org.uclg.carta.notifications.inbox;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's channel per kind of notice; a kind never chosen gets the default. */
@Service
public class Preferences {

    private final JdbcClient jdbc;

    Preferences(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public Map<NoticeKind, Channel> of(long accountId) {
        Map<NoticeKind, Channel> all = new EnumMap<>(NoticeKind.class);
        for (NoticeKind k : NoticeKind.optional()) {
            all.put(k, Channel.DEFAULT);
        }
        jdbc.sql("select kind, channel from notice_preference where account_id = ?")
                .param(accountId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()
                .forEach(row -> NoticeKind.ofCode(row[0])
                        .filter(all::containsKey)
                        .ifPresent(k -> all.put(k, Channel.valueOf(row[1]))));
        return all;
    }

    /** The channel of one kind for each of the accounts (one query for all). */
    Map<Long, Channel> channels(Collection<Long> accountIds, NoticeKind kind) {
        Map<Long, Channel> chosen = new HashMap<>();
        if (accountIds.isEmpty()) {
            return chosen;
        }
        jdbc.sql("select account_id, channel from notice_preference where kind = :kind and account_id in (:ids)")
                .param("kind", kind.code())
                .param("ids", accountIds)
                .query((rs, n) -> chosen.put(rs.getLong(1), Channel.valueOf(rs.getString(2))))
                .list();
        return chosen;
    }

    @Transactional
    public void save(long accountId, Map<NoticeKind, Channel> channels) {
        channels.forEach((kind, channel) -> {
            if (!kind.mandatory()) {
                jdbc.sql("""
                        insert into notice_preference (account_id, kind, channel) values (?, ?, ?)
                        on conflict (account_id, kind) do update set channel = excluded.channel""").params(accountId, kind.code(), channel.name()).update();
            }
        });
    }
}
