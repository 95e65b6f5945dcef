package org.uclg.carta.monitoring;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tables handed out and taken in, written to trip spreadsheets (#13, defects 5 and 12). */
@CartaIntegrationTest
class HostileTablesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void aNarrativeStartingWithAFormulaIsInertInTheStatusesDownload() throws Exception {
        Long cycle = jdbc.sql("select r.cycle_id from report r join report_answer ra on ra.report_id = r.id "
                        + "where r.state = 'PUBLISHED' order by r.id limit 1")
                .query(Long.class)
                .optional()
                .orElse(null);
        assertThat(cycle).as("demo content has a published report").isNotNull();
        jdbc.sql(
                        "update report_answer set narrative = '{\"en\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"}' "
                                + "where report_id in (select id from report where cycle_id = ? and state = 'PUBLISHED')")
                .param(cycle)
                .update();
        mvc.perform(asyncDispatch(mvc.perform(get("/en/monitoring/cycles/" + cycle + "/statuses.csv"))
                        .andReturn()))
                .andExpect(content().string(containsString("'=HYPERLINK(")))
                .andExpect(content().string(not(containsString(",\"=HYPERLINK("))))
                .andExpect(content().string(not(containsString(",=HYPERLINK("))));
    }

    @Test
    void aCsvSavedByExcelWithAByteOrderMarkIsRead() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.write("indicator,local_government,year,value,disaggregation\nPRO-02,demo-bogota,2023,4321,\n"
                .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/en/monitoring/values/import")
                        .file(new MockMultipartFile("file", "v.csv", "text/csv", file.toByteArray()))
                        .param("action", "import")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("editor@carta.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("required column is missing"))));
        assertThat(jdbc.sql("select count(*) from indicator_value where value = 4321")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aNulCharacterInACsvCellIsFoundByTheCheckAndTheImportAlike() throws Exception {
        byte[] csv = ("external_id,name_fr,name_en,name_es,type,country,region\n"
                        + "nul-1,Nulle\u0000ville,Nullville,Nullvilla,city,FR,EUROPE\n")
                .getBytes(StandardCharsets.UTF_8);
        for (String action : new String[] {"check", "import"}) {
            mvc.perform(multipart("/es/network/import")
                            .file(new MockMultipartFile("file", "n.csv", "text/csv", csv))
                            .param("action", action)
                            .with(csrf())
                            .with(user(users.loadUserByUsername("editor@carta.example"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Esta celda contiene un carácter NUL")))
                    .andExpect(content().string(containsString("name_fr")));
        }
        assertThat(jdbc.sql("select count(*) from local_government where external_id = 'nul-1'")
                        .query(Long.class)
                        .single())
                .isZero();
        byte[] resources = "external_id,type,title_en\nnul-r,guide,Gu\u0000ide\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/en/resources/import")
                        .file(new MockMultipartFile("file", "r.csv", "text/csv", resources))
                        .param("action", "check")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("editor@carta.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This cell holds a NUL character")));
    }
}
