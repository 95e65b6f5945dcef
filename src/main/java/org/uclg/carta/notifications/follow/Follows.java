package org.uclg.carta.notifications.follow;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.uclg.carta.kit.web.NotFoundException;

/** Who follows what. Following something that does not exist is refused, so forged ids leave no rows. */
@Service
public class Follows {

    /** A person follows at most this many things: enough for anyone, and a bound for a script. */
    static final int MAX_PER_PERSON = 500;

    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final Clock clock;

    Follows(DataSource dataSource, Subjects subjects, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.subjects = subjects;
        this.clock = clock;
    }

    /** Returns false when the person already follows too many things. */
    public boolean follow(long accountId, Target target, long id) {
        if (subjects.find(target, id).isEmpty()) {
            throw new NotFoundException();
        }
        long count = jdbc.sql("select count(*) from follow where account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
        if (count >= MAX_PER_PERSON) {
            return false;
        }
        jdbc.sql("""
                insert into follow (account_id, target, target_id, created_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(accountId, target.code(), id, Timestamp.from(clock.instant()))
                .update();
        return true;
    }

    public void unfollow(long accountId, Target target, long id) {
        jdbc.sql("delete from follow where account_id = ? and target = ? and target_id = ?")
                .params(accountId, target.code(), id)
                .update();
    }

    public boolean follows(long accountId, String target, long id) {
        return jdbc.sql("select exists (select 1 from follow where account_id = ? and target = ? and target_id = ?)")
                .params(accountId, target, id)
                .query(Boolean.class)
                .single();
    }

    /** Each follower of any of the items, with the first item they follow (the reason they are told). */
    public Map<Long, Long> followersOf(Target target, Collection<Long> ids) {
        Map<Long, Long> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select account_id, min(target_id) from follow where target = :target and target_id in (:ids)
                group by account_id order by account_id""")
                .param("target", target.code())
                .param("ids", ids)
                .query((rs, n) -> found.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return found;
    }

    /** What the person follows, newest first; items that no longer exist are left out. */
    public List<Subjects.Subject> of(long accountId) {
        record Row(String target, long id) {}
        return jdbc
                .sql("select target, target_id from follow where account_id = ? order by created_at desc, target_id")
                .param(accountId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .flatMap(r -> Target.ofCode(r.target()).flatMap(t -> subjects.find(t, r.id())).stream())
                .toList();
    }
}
