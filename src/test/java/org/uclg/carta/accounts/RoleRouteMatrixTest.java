package org.uclg.carta.accounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.DirectoryQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Each role reaches exactly the routes it may: one row per route, one column per role. */
@CartaIntegrationTest
class RoleRouteMatrixTest {

    // Expected status per role, in this order: anonymous, person, representative, partner, editor, admin.
    private static final String OPEN = "200 200 200 200 200 200";
    private static final String EDITORS = "302 403 403 403 200 200";
    private static final String ADMINS = "302 403 403 403 403 200";
    private static final String SIGNED_IN = "302 200 200 200 200 200";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Directory directory;

    @Test
    void everyRoleGetsExactlyWhatItMayReach() throws Exception {
        long lg = directory
                .search(new DirectoryQuery(null, null, null, null, 1, 1), "en")
                .items()
                .get(0)
                .id();
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("/en/", OPEN);
        routes.put("/fr/action-plan", OPEN);
        routes.put("/es/network", OPEN);
        routes.put("/en/network/local-governments/" + lg, OPEN);
        routes.put("/en/frameworks", OPEN);
        routes.put("/en/frameworks/GCA/articles/X", OPEN);
        routes.put("/en/pages/privacy", OPEN);
        routes.put("/api/v1/local-governments", OPEN);
        routes.put("/api/v1/frameworks/SDG", OPEN);
        routes.put("/en/resources", OPEN);
        routes.put("/api/v1/resources", OPEN);
        routes.put("/api/docs", OPEN);
        routes.put("/api/docs/swagger-ui/index.html", OPEN);
        routes.put("/en/monitoring", OPEN);
        routes.put("/en/monitoring/indicators", OPEN);
        routes.put("/en/monitoring/local-governments/" + lg, OPEN);
        routes.put("/api/v1/monitoring/local-governments/" + lg, OPEN);
        routes.put("/en/monitoring/local-governments/" + lg + "/commitments/new", EDITORS);
        routes.put("/api/v1/monitoring/indicators", OPEN);
        routes.put("/en/monitoring/indicators/new", EDITORS);
        routes.put("/en/monitoring/frameworks/GCA", OPEN);
        routes.put("/api/v1/monitoring/frameworks/GCA/adherents", OPEN);
        routes.put("/en/monitoring/frameworks/GCA/adherences/new", EDITORS);
        routes.put("/en/monitoring/cycles", OPEN);
        routes.put("/en/monitoring/cycles/1", OPEN);
        routes.put("/en/monitoring/frameworks/GCA/cycles/new", EDITORS);
        routes.put("/en/monitoring/cycles/1/edit", EDITORS);
        routes.put("/en/monitoring/frameworks/GCA/dashboard", OPEN);
        routes.put("/en/monitoring/compare", OPEN);
        routes.put("/en/monitoring/values/import", EDITORS);
        routes.put("/api/v1/monitoring/cycles/1/reports", OPEN);
        routes.put(
                "/api/v1/monitoring/frameworks/GCA/cycles",
                OPEN); // a representative without a local government has nothing to record
        routes.put("/en/resources/new", "302 403 200 403 200 200");
        routes.put("/en/resources/mine", "302 403 200 403 200 200");
        routes.put("/en/network/local-governments/new", EDITORS);
        routes.put("/en/network/local-governments/" + lg + "/edit", EDITORS);
        routes.put("/en/network/import", EDITORS);
        routes.put("/en/resources/import", EDITORS);
        routes.put("/en/resources/import/example.csv", EDITORS);
        routes.put("/en/frameworks/GCA/articles/X/edit", EDITORS);
        routes.put("/en/pages/about/edit", EDITORS);
        routes.put("/en/admin", EDITORS);
        routes.put("/en/admin/invitations", EDITORS);
        routes.put("/en/admin/users", ADMINS);
        routes.put("/en/admin/mail", ADMINS);
        routes.put("/en/admin/search-index", ADMINS);
        routes.put("/en/admin/background-work", ADMINS);
        routes.put("/es/search?q=agua", OPEN);
        routes.put("/en/events", OPEN);
        routes.put("/fr/events/month", OPEN);
        routes.put("/es/events/1", OPEN);
        routes.put("/en/events/1/event.ics", OPEN);
        routes.put("/en/events.ics", OPEN);
        routes.put("/en/events.atom", OPEN);
        routes.put("/api/v1/events", OPEN);
        routes.put("/api/v1/events/1", OPEN);
        routes.put("/en/events/new", EDITORS);
        routes.put("/en/events/1/edit", EDITORS);
        routes.put("/en/events/1/questions", EDITORS);
        routes.put("/en/events/1/registrants", EDITORS);
        routes.put("/en/events/1/attendance", EDITORS);
        routes.put("/en/events/1/registrants.csv", EDITORS);
        routes.put("/en/forum", OPEN);
        routes.put("/es/debates", OPEN);
        routes.put("/en/forum/3/call", OPEN);
        routes.put("/fr/debates/1", OPEN);
        routes.put("/api/v1/debates/1", OPEN);
        routes.put("/en/debates/new", EDITORS);
        routes.put("/en/debates/1/edit", EDITORS);
        routes.put("/fr/forum/1", OPEN);
        routes.put("/es/forum/sessions/1", OPEN);
        routes.put("/en/forum/speakers/1", OPEN);
        routes.put("/en/forum/1/programme.ics", OPEN);
        routes.put("/en/forum/agenda", SIGNED_IN);
        routes.put("/en/forum/1/setup", EDITORS);
        routes.put("/en/forum/1/sessions/new", EDITORS);
        routes.put("/en/forum/sessions/1/edit", EDITORS);
        routes.put("/en/forum/speakers/new", EDITORS);
        routes.put("/en/forum/speakers/1/edit", EDITORS);
        routes.put("/en/account", SIGNED_IN);
        routes.put("/en/me", SIGNED_IN);
        routes.put("/es/newsletter", OPEN);
        routes.put("/fr/newsletter/issues/1", OPEN);
        routes.put("/en/newsletter/issues/3", "404 404 404 404 404 404");
        routes.put("/en/newsletter.atom", OPEN);
        routes.put("/api/v1/newsletter/issues", OPEN);
        routes.put("/en/newsletter/issues", EDITORS);
        routes.put("/en/newsletter/issues/new", EDITORS);
        routes.put("/en/newsletter/issues/3/manage", EDITORS);
        routes.put("/en/newsletter/issues/3/edit", EDITORS);
        routes.put("/en/newsletter/issues/3/preview", EDITORS);
        routes.put("/en/newsletter/subscribers", EDITORS);
        routes.put("/en/me/notifications", SIGNED_IN);
        routes.put("/en/me/notifications/preferences", SIGNED_IN);
        routes.put("/en/me/follows", SIGNED_IN);
        routes.put("/api/v1/me/notifications", "401 200 200 200 200 200");
        routes.put("/en/campaigns", OPEN);
        routes.put("/fr/campaigns/1", OPEN);
        routes.put("/es/campaigns/2", OPEN);
        routes.put("/en/campaigns/3", "404 404 404 404 200 200"); // proposed by Montevideo, not yet approved
        routes.put("/api/v1/campaigns", OPEN);
        routes.put("/api/v1/campaigns/1", OPEN);
        routes.put("/api/v1/campaigns/1/endorsements", OPEN);
        routes.put("/api/v1/campaigns/3", "404 404 404 404 404 404");
        routes.put("/en/campaigns/1/badge.svg", OPEN);
        routes.put("/en/campaigns/1/endorsements.csv", OPEN);
        routes.put("/en/campaigns/updates.atom", OPEN);
        routes.put("/en/campaigns/new", EDITORS); // a representative proposes only for a local government
        routes.put("/en/campaigns/1/edit", EDITORS);
        routes.put("/en/campaigns/1/manage", EDITORS);
        routes.put("/en/campaigns/1/endorse", "302 403 403 403 403 403");
        routes.put("/en/me/signatures", SIGNED_IN);
        routes.put("/en/initiatives", OPEN);
        routes.put("/fr/initiatives/1", OPEN);
        routes.put("/es/initiatives/3", "404 404 404 404 200 200"); // proposed by Montevideo
        routes.put("/en/initiatives/1/space", "302 403 403 403 200 200");
        routes.put("/en/initiatives/new", EDITORS);
        routes.put("/en/initiatives/1/edit", EDITORS);
        routes.put("/api/v1/initiatives", OPEN);
        routes.put("/api/v1/initiatives/1", OPEN);
        routes.put("/api/v1/initiatives/3", "404 404 404 404 404 404");
        routes.put("/fr/network/partners", OPEN);
        routes.put("/en/network/partners/1", OPEN);
        routes.put("/en/network/partners/1/partnership", EDITORS);
        routes.put("/en/network/partners/1/agreements/new", EDITORS);
        routes.put("/en/partnerships/agreements/1/edit", EDITORS);
        routes.put("/api/v1/partners", OPEN);
        routes.put("/api/v1/partners/1", OPEN);
        routes.put("/actuator/prometheus", "401 403 403 403 403 200");

        List<CartaUser> people = new ArrayList<>();
        people.add(null);
        people.add(testAccounts.create("matrix-person@carta.test", "password-12345"));
        people.add(testAccounts.create("matrix-rep@carta.test", "password-12345", Role.REPRESENTATIVE));
        people.add(testAccounts.create("matrix-partner@carta.test", "password-12345", Role.PARTNER));
        people.add(testAccounts.create("matrix-editor@carta.test", "password-12345", Role.EDITOR));
        people.add(testAccounts.create("matrix-admin@carta.test", "password-12345", Role.ADMIN));

        List<String> mismatches = new ArrayList<>();
        for (var route : routes.entrySet()) {
            String[] expected = route.getValue().split(" ");
            for (int i = 0; i < people.size(); i++) {
                MockHttpServletRequestBuilder request = get(route.getKey());
                if (people.get(i) != null) {
                    request = request.with(user(people.get(i)));
                }
                MvcResult result = mvc.perform(request).andReturn();
                int status = result.getResponse().getStatus();
                if (!String.valueOf(status).equals(expected[i])) {
                    mismatches.add(route.getKey() + " as role #" + i + ": " + status + " instead of " + expected[i]);
                }
                if (status == 302) {
                    assertThat(result.getResponse().getRedirectedUrl()).endsWith("/en/login");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
