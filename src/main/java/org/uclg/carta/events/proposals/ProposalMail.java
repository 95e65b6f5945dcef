package org.uclg.carta.events.proposals;

import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.events.ProposalDecided;

/** Tells a proposer, once and in the language they submitted in, whether their proposal is in the programme. */
@Component
class ProposalMail {

    private final ProposalService proposals;
    private final Notifications notifications;
    private final JdbcClient jdbc;

    ProposalMail(ProposalService proposals, Notifications notifications, DataSource dataSource) {
        this.proposals = proposals;
        this.notifications = notifications;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @ApplicationModuleListener
    void on(ProposalDecided decided) {
        ProposalView p = proposals.find(decided.proposalId()).orElse(null);
        if (p == null) {
            return;
        }
        String kind = decided.accepted() ? "proposalAccepted" : "proposalRejected";
        int claimed = jdbc.sql(
                        "insert into proposal_mail (proposal_id, kind, sent_at) values (?, ?, ?) on conflict do nothing")
                .params(p.id(), kind, Timestamp.from(Instant.now()))
                .update();
        if (claimed == 0) {
            return;
        }
        try {
            notifications.send(
                    new Notifications.Recipient(p.proposer(), p.mailLanguage()),
                    kind,
                    notifications.baseUrl() + "/" + p.mailLanguage() + p.path(),
                    p.proposerName(),
                    p.title());
        } catch (RuntimeException e) {
            jdbc.sql("delete from proposal_mail where proposal_id = ? and kind = ?")
                    .params(p.id(), kind)
                    .update();
            throw e;
        }
    }
}
