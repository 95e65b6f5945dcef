package org.uclg.carta.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-module migration folders form one sequence: every version is unique across modules,
 * every folder is one Flyway reads, and no migration may run out of order, so a fresh database
 * and an upgraded one end with the same history.
 */
class MigrationsTest {

    private static final Path ROOT = Path.of("src/main/resources/db/migration");
    private static final Pattern NAME = Pattern.compile("V(\\d+(?:_\\d+)*)__[a-z0-9_]+\\.sql");

    @Test
    void versionsAreOneSequenceAcrossModules() throws IOException {
        Map<String, Path> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    problems.add(file + ": not named V<version>__<lower_case_words>.sql");
                    continue;
                }
                Path earlier = seen.put(m.group(1), file);
                if (earlier != null) {
                    problems.add(file + ": same version as " + earlier);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void flywayReadsEveryModuleFolderAndNothingRunsOutOfOrder() throws IOException {
        String yml = Files.readString(Path.of("src/main/resources/application.yml"));
        assertThat(yml).contains("out-of-order: false");
        Matcher m = Pattern.compile("(?m)^    locations: (.+)$").matcher(yml);
        assertThat(m.find()).isTrue();
        List<String> locations = List.of(m.group(1).strip().split(","));
        try (Stream<Path> folders = Files.list(ROOT)) {
            for (Path folder : folders.toList()) {
                assertThat(locations).contains("classpath:db/migration/" + folder.getFileName());
            }
        }
    }
}
