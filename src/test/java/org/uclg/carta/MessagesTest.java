package org.uclg.carta;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface text comes from the three bundles: no key missing in a language, no key used
 * in a template or in Java that a bundle lacks, and no hard-coded words in templates.
 */
class MessagesTest {

    /** The bundles present: the base one (English) and one messages_xx.properties per language. */
    private static final List<String> SUFFIXES = suffixes();

    private static List<String> suffixes() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            List<String> found = new ArrayList<>(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("messages(_[a-z]{2,3})?\\.properties"))
                    .map(n -> n.substring("messages".length(), n.length() - ".properties".length()))
                    .sorted()
                    .toList());
            return List.copyOf(found);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyConfiguredLanguageHasItsBundleAndItsName() throws IOException {
        String yml = Files.readString(Path.of("src/main/resources/application.yml"));
        Matcher m = Pattern.compile("(?m)^  languages: ([a-z,]+)$").matcher(yml);
        assertThat(m.find()).as("carta.languages in application.yml").isTrue();
        Set<String> keys = load("").stringPropertyNames();
        for (String lang : m.group(1).split(",")) {
            if (!lang.equals("en")) {
                assertThat(SUFFIXES).as("messages_%s.properties", lang).contains("_" + lang);
            }
            assertThat(keys).contains("language." + lang, "language.native." + lang);
        }
    }

    /** MessageFormat drops a lone single quote and what follows it, up to the next one. */
    @Test
    void messagesWithPlaceholdersDoubleTheirQuotes() throws IOException {
        for (String suffix : SUFFIXES) {
            load(suffix).forEach((k, v) -> {
                String text = v.toString();
                if (text.matches("(?s).*\\{\\d+[^}]*}.*")) {
                    assertThat(text.replace("''", ""))
                            .as("messages%s %s", suffix, k)
                            .doesNotContain("'");
                }
            });
        }
    }

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Set<String> reference = load("").stringPropertyNames();
        for (String suffix : SUFFIXES) {
            Properties p = load(suffix);
            assertThat(p.stringPropertyNames()).as("keys of messages%s", suffix).isEqualTo(reference);
            p.forEach((k, v) ->
                    assertThat(v.toString()).as("messages%s %s", suffix, k).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> keys = load("").stringPropertyNames();
        Pattern literal = Pattern.compile("ctx\\.t\\(\"([^\"]+)\"\\s*[,)]");
        Pattern prefix = Pattern.compile("ctx\\.t\\(\"([^\"]+\\.)\"\\s*\\+");
        List<String> missing = new ArrayList<>();
        for (Path file : files(Path.of("src/main/jte"), ".jte")) {
            String text = Files.readString(file);
            Matcher m = literal.matcher(text);
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(file + ": " + m.group(1));
                }
            }
            Matcher p = prefix.matcher(text);
            while (p.find()) {
                String start = p.group(1);
                if (keys.stream().noneMatch(k -> k.startsWith(start))) {
                    missing.add(file + ": " + start + "*");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Message keys passed around in Java (flash messages, validation errors, import problems). */
    @Test
    void everyKeyUsedInJavaExists() throws IOException {
        Set<String> keys = load("").stringPropertyNames();
        Pattern key = Pattern.compile(
                "\"((?:flash|validation|network\\.validation|import\\.error|invite|login|register|"
                        + "reset|link|tokens|password|library\\.validation|library\\.flash|taxonomy\\.validation|workflow|file)\\.[A-Za-z.]+)\"");
        List<String> missing = new ArrayList<>();
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            String text = Files.readString(file);
            Matcher m = key.matcher(text);
            while (m.find()) {
                // Hibernate Search dependency paths ("file.language") are not message keys.
                boolean propertyPath =
                        text.substring(Math.max(0, m.start() - 4), m.start()).endsWith("use(");
                if (!propertyPath && !keys.contains(m.group(1))) {
                    missing.add(file + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        Pattern attribute = Pattern.compile("\\s(?:title|alt|placeholder|aria-label)=\"([^\"$]*[A-Za-z][^\"]*)\"");
        for (Path file : files(Path.of("src/main/jte"), ".jte")) {
            String text = Files.readString(file);
            String stripped = text.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?m)^\\s*@(import|param).*$", " ");
            // The layout call's parameters end where its content block starts.
            stripped = stripped.replaceAll("(?s)@template\\.layout\\.page\\(.*?content = @`", " ");
            for (String opener : List.of("${", "$unsafe{", "!{")) {
                stripped = removeBalanced(stripped, opener, '{', '}');
            }
            for (String opener : List.of("@if(", "@elseif(", "@for(", "@template.")) {
                stripped = removeBalanced(stripped, opener, '(', ')');
            }
            stripped = stripped.replaceAll("(?s)<[^>]*>", " ").replaceAll("@(endif|endfor|else)|`\\)|@`", " ");
            for (String line : stripped.split("\n")) {
                String words = line.replaceAll("&[a-z]+;|[\u00b7\u2026\u2013|:(),.]", " ")
                        .strip();
                if (words.matches(".*\\p{L}{2,}.*")) {
                    found.add(file + ": " + words);
                }
            }
            Matcher m = attribute.matcher(text);
            while (m.find()) {
                found.add(file + ": attribute text " + m.group(1));
            }
        }
        assertThat(found).isEmpty();
    }

    /** Removes each expression that starts with the opener, up to its matching closing character. */
    static String removeBalanced(String text, String opener, char open, char close) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int at = text.indexOf(opener, i);
            if (at < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, at).append(' ');
            int j = text.indexOf(open, at + opener.length() - 1);
            int depth = 0;
            boolean inString = false;
            for (; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '"' && text.charAt(j - 1) != '\\') {
                    inString = !inString;
                } else if (!inString && c == open) {
                    depth++;
                } else if (!inString && c == close && --depth == 0) {
                    break;
                }
            }
            i = Math.min(j + 1, text.length());
        }
        return out.toString();
    }

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages" + suffix + ".properties")) {
            assertThat(in).as("messages%s.properties", suffix).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    static Set<String> sorted(Set<String> s) {
        return new TreeSet<>(s);
    }
}
