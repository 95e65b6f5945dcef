package org.uclg.carta.notifications.news;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.monitoring.AdherenceRecorded;
import org.uclg.carta.monitoring.ReportPublished;
import org.uclg.carta.monitoring.ReportReturned;
import org.uclg.carta.monitoring.Reporting;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.notifications.follow.Target;
import org.uclg.carta.notifications.inbox.NoticeKind;
import org.uclg.carta.notifications.inbox.Notices;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * Charter follow-up: a published report and a new adherence reach the local government's
 * followers; a report sent back is a mandatory notice, emailed at once, for its representatives.
 */
@Component
class MonitoringNews {

    private final Reporting reporting;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final Audience audience;
    private final Notices notices;
    private final Notifications accounts;
    private final String language;

    MonitoringNews(
            Reporting reporting,
            Directory directory,
            Taxonomy taxonomy,
            Audience audience,
            Notices notices,
            Notifications accounts,
            CartaProperties props) {
        this.reporting = reporting;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.audience = audience;
        this.notices = notices;
        this.accounts = accounts;
        this.language = props.defaultLanguage();
    }

    @ApplicationModuleListener
    void on(ReportPublished published) {
        directory.find(published.localGovernmentId()).ifPresent(lg -> reporting
                .cycleTitle(published.cycleId())
                .ifPresent(cycle -> notices.post(
                        new Notices.News(
                                NoticeKind.REPORT_PUBLISHED,
                                "report:" + published.reportId(),
                                cycle,
                                name(lg),
                                "/monitoring/reports/" + published.reportId()),
                        audience.following(Map.of(Target.LOCAL_GOVERNMENT, Set.of(lg.id()))))));
    }

    @ApplicationModuleListener
    void on(AdherenceRecorded recorded) {
        directory.find(recorded.localGovernmentId()).ifPresent(lg -> taxonomy.framework(recorded.frameworkCode())
                .ifPresent(f -> notices.post(
                        new Notices.News(
                                NoticeKind.ADHERENCE_RECORDED,
                                "adherence:" + recorded.adherenceId(),
                                f.title(),
                                name(lg),
                                lg.path()),
                        audience.following(Map.of(Target.LOCAL_GOVERNMENT, Set.of(lg.id()))))));
    }

    @ApplicationModuleListener
    void on(ReportReturned returned) {
        directory
                .find(returned.localGovernmentId())
                .ifPresent(lg -> reporting.cycleTitle(returned.cycleId()).ifPresent(cycle -> {
                    Map<Long, Notices.Reason> people = new LinkedHashMap<>();
                    for (long account : accounts.representativeIdsOf(lg.id())) {
                        people.put(account, new Notices.Reason(Target.LOCAL_GOVERNMENT.code(), lg.id()));
                    }
                    // A report may be returned again after a new submission: each return is news.
                    notices.post(
                            new Notices.News(
                                    NoticeKind.REPORT_RETURNED,
                                    "report-returned:" + returned.reportId() + ":"
                                            + java.time.Instant.now().getEpochSecond(),
                                    cycle,
                                    name(lg),
                                    "/monitoring/reports/" + returned.reportId()),
                            people);
                }));
    }

    private String name(LocalGovernmentView lg) {
        return lg.name().in(language).text();
    }
}
