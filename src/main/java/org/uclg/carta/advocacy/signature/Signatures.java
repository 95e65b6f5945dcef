package org.uclg.carta.advocacy.signature;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.advocacy.campaign.CampaignView;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.security.SignedLinks;
import org.uclg.carta.kit.web.Paging;

/**
 * Personal signatures. One per person (email address, case-insensitive) and campaign, which the
 * database enforces whatever arrives at once. Signed in with that address, a signature counts at
 * once; otherwise it waits for the emailed link (valid a week). The request only queues the email:
 * {@link SignatureMail} sends it. People see, export and delete their signatures through a signed
 * link from that email, or from their account.
 */
@Service
@Transactional
public class Signatures {

    static final String CONFIRM = "signature-confirm";
    static final String MINE = "my-signatures";
    static final Duration LINK_LIFE = Duration.ofDays(7);

    private static final String COLUMNS = """
            id, campaign_id, email, name, show_name, country, language, statement_version, state, created_at, confirmed_at""";

    private final JdbcClient jdbc;
    private final CampaignService campaigns;
    private final SignedLinks links;
    private final Clock clock;

    Signatures(DataSource dataSource, CampaignService campaigns, SignedLinks links, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.campaigns = campaigns;
        this.links = links;
        this.clock = clock;
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Takes a signature. The answer is the same whether the address had signed or not, so the form
     * tells nobody who signed; a pending signature asked again gets its email again.
     *
     * @return true when it counts at once (signed in with that address)
     */
    public boolean sign(long campaignId, SignatureRequest r, Actor actor) {
        CampaignView c = campaigns.published(campaignId).orElseThrow(org.uclg.carta.kit.web.NotFoundException::new);
        if (!c.taking(campaigns.today())) {
            throw new WorkflowException("campaigns.error.notTaking");
        }
        String key = key(r.email());
        boolean own = actor.signedIn() && key(actor.username()).equals(key);
        Instant now = clock.instant();
        Optional<Long> id = jdbc.sql("""
                insert into signature (campaign_id, email, email_key, name, show_name, country, language,
                    statement_version, state, created_at, confirmed_at, mail_state)
                values (:c, :email, :key, :name, :show, :country, :lang, :statement, :state, :now, :confirmed, :mail)
                on conflict (campaign_id, email_key) do nothing returning id""")
                .param("c", campaignId)
                .param("email", r.email().strip())
                .param("key", key)
                .param("name", r.name().strip())
                .param("show", r.showName())
                .param("country", r.country())
                .param("lang", r.language())
                .param("statement", c.statementVersion())
                .param("state", own ? "confirmed" : "pending")
                .param("now", Timestamp.from(now))
                .param("confirmed", own ? Timestamp.from(now) : null)
                .param("mail", own ? null : "queued")
                .query(Long.class)
                .optional();
        if (id.isEmpty() && !own) {
            jdbc.sql("""
                    update signature set mail_state = 'queued', language = ?
                    where campaign_id = ? and email_key = ? and state = 'pending' and mail_state is distinct from 'sending'""").params(r.language(), campaignId, key).update();
        }
        return own;
    }

    /** The link the confirmation email carries: the signature, when it expires, and their signature. */
    public String confirmQuery(long id, Instant issued) {
        long expires = issued.plus(LINK_LIFE).getEpochSecond();
        return "s=" + id + "&e=" + expires + "&t=" + links.sign(CONFIRM, id + ":" + expires);
    }

    /** The link to a person's signatures, anchored on one of them. */
    public String mineQuery(long id) {
        return "s=" + id + "&t=" + links.sign(MINE, id);
    }

    /** Confirms from the emailed link; empty when the link is forged or expired. */
    public Optional<SignatureView> confirm(long id, long expires, String token) {
        if (!links.verify(CONFIRM, id + ":" + expires, token) || clock.instant().getEpochSecond() > expires) {
            return Optional.empty();
        }
        jdbc.sql("update signature set state = 'confirmed', confirmed_at = ? where id = ? and state = 'pending'")
                .params(Timestamp.from(clock.instant()), id)
                .update();
        return find(id);
    }

    @Transactional(readOnly = true)
    public Optional<SignatureView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from signature where id = ?")
                .param(id)
                .query(Signatures::row)
                .optional();
    }

    /** The person behind a signature link: their address key, when the token is right. */
    @Transactional(readOnly = true)
    public Optional<String> personOf(long id, String token) {
        if (!links.verify(MINE, id, token)) {
            return Optional.empty();
        }
        return jdbc.sql("select email_key from signature where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** Every signature of one person, newest first. */
    @Transactional(readOnly = true)
    public List<SignatureView> of(String emailKey) {
        return jdbc.sql("select " + COLUMNS + " from signature where email_key = ? order by created_at desc")
                .param(key(emailKey))
                .query(Signatures::row)
                .list();
    }

    /** Deletes one of the person's signatures; another person's id deletes nothing. */
    public boolean delete(long id, String emailKey) {
        return jdbc.sql("delete from signature where id = ? and email_key = ?")
                        .params(id, key(emailKey))
                        .update()
                == 1;
    }

    @Transactional(readOnly = true)
    public long countConfirmed(long campaignId) {
        // Kept by a trigger on signature (see V2026_12_12_1__campaign_tally.sql).
        return jdbc.sql("select coalesce((select people from campaign_tally where campaign_id = ?), 0)")
                .param(campaignId)
                .query(Long.class)
                .single();
    }

    /** The names people chose to show, latest first. */
    @Transactional(readOnly = true)
    public List<SignatureView> shownNames(long campaignId, Paging paging) {
        return jdbc.sql("select " + COLUMNS + """
                         from signature where campaign_id = ? and state = 'confirmed' and show_name
                        order by confirmed_at desc, id desc limit ? offset ?""")
                .params(campaignId, paging.size(), paging.offset())
                .query(Signatures::row)
                .list();
    }

    private static SignatureView row(ResultSet rs, int n) throws SQLException {
        Timestamp confirmed = rs.getTimestamp(11);
        return new SignatureView(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8),
                "confirmed".equals(rs.getString(9)),
                rs.getTimestamp(10).toInstant(),
                confirmed == null ? null : confirmed.toInstant());
    }
}
