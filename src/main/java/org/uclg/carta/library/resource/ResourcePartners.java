package org.uclg.carta.library.resource;

import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.network.PartnerSection;

/**
 * The partner organisations a resource was made with, kept beside the resource rather than in it
 * (searches never need them), and the published ones on each partner's page.
 */
@Component
public class ResourcePartners implements PartnerSection {

    private final JdbcClient jdbc;
    private final Resources resources;

    ResourcePartners(DataSource dataSource, Resources resources) {
        this.jdbc = JdbcClient.create(dataSource);
        this.resources = resources;
    }

    @Transactional(readOnly = true)
    public List<Long> of(long resourceId) {
        return jdbc.sql("select partner_id from resource_partner where resource_id = ? order by partner_id")
                .param(resourceId)
                .query(Long.class)
                .list();
    }

    @Transactional
    public void set(long resourceId, Collection<Long> partnerIds) {
        jdbc.sql("delete from resource_partner where resource_id = ?")
                .param(resourceId)
                .update();
        partnerIds.stream().distinct().forEach(p -> jdbc.sql(
                        "insert into resource_partner (resource_id, partner_id) values (?, ?)")
                .params(resourceId, p)
                .update());
    }

    @Override
    public String titleKey() {
        return "library.partnerSection";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> items(long partnerId, Actor viewer) {
        List<Long> ids = jdbc.sql("select resource_id from resource_partner where partner_id = ?")
                .param(partnerId)
                .query(Long.class)
                .list();
        return resources.findAllById(ids).stream()
                .map(ResourceView::of)
                .filter(r -> r.state() == org.uclg.carta.kit.content.PublicationState.PUBLISHED)
                .sorted(java.util.Comparator.comparing(
                        ResourceView::issuedOn, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .map(r -> new Item(r.title(), r.path()))
                .toList();
    }
}
