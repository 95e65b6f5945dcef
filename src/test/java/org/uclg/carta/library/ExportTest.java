package org.uclg.carta.library;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.library.resource.Resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
class ExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Resources resources;

    private byte[] fetch(String url) throws Exception {
        MvcResult r = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        if (r.getRequest().isAsyncStarted()) {
            r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(r))
                    .andReturn();
        }
        return r.getResponse().getContentAsByteArray();
    }

    @Test
    void csvJsonAndXlsxCarryEveryMatchingRowWithItsUrl() throws Exception {
        long published = resources.countPublished();
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(fetch("/en/resources/export.csv"), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).hasSize((int) published);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("url")).startsWith("http://carta.test/en/resources/"));

        JsonNode json = JsonMapper.builder().build().readTree(fetch("/fr/resources/export.json?type=case-study"));
        assertThat(json.size()).isPositive().isLessThan((int) published);
        json.forEach(item -> assertThat(item.get("type").asString()).isEqualTo("case-study"));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(fetch("/es/resources/export.xlsx")))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) published);
            assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue())
                    .isEqualTo("url");
        }
    }

    @Test
    void theAtomFeedFollowsTheSearch() throws Exception {
        String atom = new String(fetch("/es/resources/export.atom?q=vivienda+digna"), StandardCharsets.UTF_8);
        assertThat(atom)
                .contains("<feed")
                .contains("Política distrital de vivienda digna")
                .doesNotContain("Guide to accessible public services");
    }

    @Test
    void spreadsheetCellsNeverStartAFormula() {
        assertThat(org.uclg.carta.kit.csv.TableWriter.inert("=HYPERLINK(\"x\")"))
                .isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(org.uclg.carta.kit.csv.TableWriter.inert("Bogotá")).isEqualTo("Bogotá");
    }
}
