package org.uclg.carta.library.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.csv.CsvRows;
import org.uclg.carta.kit.csv.ImportReport;
import org.uclg.carta.kit.files.FileRejectedException;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.FormValidator;
import org.uclg.carta.library.documents.FileTypes;
import org.uclg.carta.library.resource.CaseStudySections;
import org.uclg.carta.library.resource.ResourceData;
import org.uclg.carta.library.resource.ResourceForm;
import org.uclg.carta.library.resource.ResourceService;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * Bulk import of resources from a CSV file and a zip of their documents. Every row and every
 * document it names is checked first (the dry run); the import itself then writes all rows in
 * one transaction, so a failure leaves nothing behind. Rows are matched by external_id: importing
 * the same file again updates them, and a document already attached is not added twice.
 */
@Service
public class ResourceImport {

    public static final int MAX_ZIP_ENTRIES = 10_000;

    private final List<String> columns;
    private final Map<String, String> fieldToColumn;

    private final Directory directory;
    private final Taxonomy taxonomy;
    private final ResourceService service;
    private final CartaProperties props;
    private final TransactionTemplate transactions;
    private final Tika tika = new Tika();

    private final FormValidator validator;

    public ResourceImport(
            Directory directory,
            Taxonomy taxonomy,
            ResourceService service,
            CartaProperties props,
            PlatformTransactionManager transactionManager,
            FormValidator validator) {
        this.validator = validator;
        this.transactions = new TransactionTemplate(transactionManager);
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.service = service;
        this.props = props;
        this.columns = columns(props.languages());
        String first = props.defaultLanguage();
        this.fieldToColumn = Map.ofEntries(
                Map.entry("title", "title_" + first),
                Map.entry("summary", "summary_" + first),
                Map.entry("body", "body_" + first),
                Map.entry("sections", "context_" + first),
                Map.entry("issuedOn", "date"),
                Map.entry("externalUrl", "external_url"),
                Map.entry("localGovernmentIds", "local_governments"));
    }

    /** The file's columns: translatable fields have one column per configured language. */
    public static List<String> columns(List<String> languages) {
        List<String> all = new ArrayList<>(List.of("external_id", "type"));
        for (String field : List.of("title", "summary", "body")) {
            languages.forEach(lang -> all.add(field + "_" + lang));
        }
        all.addAll(List.of(
                "languages",
                "date",
                "authors",
                "licence",
                "external_url",
                "country",
                "local_governments",
                "tags",
                "themes",
                "files"));
        return List.copyOf(all);
    }

    public List<String> columns() {
        return columns;
    }

    /** A document a row names: its entry in the zip and the language of that version. */
    public record FileRef(String entry, String language) {}

    public record Row(
            long line, String externalId, ResourceData data, List<Long> articleIds, Long owner, List<FileRef> files) {}

    /** The checked file: the rows ready to write, and everything wrong. */
    public record Plan(List<Row> rows, List<ImportReport.Problem> problems) {
        ImportReport report() {
            return new ImportReport(rows.size(), problems, 0, 0, false);
        }
    }

    /** The dry run: reads the CSV and opens every document it names, writing nothing. */
    public Plan check(Path csv, Path zip) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Documents documents = Documents.open(zip)) {
            if (documents.broken()) {
                return new Plan(List.of(), List.of(new ImportReport.Problem(0, "files", "library.import.badZip")));
            }
            List<ImportReport.Problem> problems;
            try (InputStream in = Files.newInputStream(csv)) {
                Lookups lookups = new Lookups(new HashMap<>(), new HashMap<>());
                problems = CsvRows.read(
                        in, List.of("external_id", "type"), (row, found) -> readRow(row, documents, lookups, found)
                                .ifPresent(rows::add));
            }
            return new Plan(problems.isEmpty() ? rows : List.of(), problems);
        }
    }

    /**
     * Writes a checked plan in one transaction, reporting each row done. A document refused on
     * the way rolls everything back and comes back as a problem of its row.
     */
    public ImportReport run(Plan plan, Path zip, IntConsumer progress) throws IOException {
        int[] counts = new int[2];
        try (Documents documents = Documents.open(zip)) {
            transactions.executeWithoutResult(tx -> {
                int done = 0;
                for (Row row : plan.rows()) {
                    var saved = service.upsert(row.externalId(), row.data(), row.articleIds(), row.owner());
                    counts[saved.created() ? 0 : 1]++;
                    for (FileRef file : row.files()) {
                        try (InputStream in = documents.open(file.entry())) {
                            service.attachOnce(saved.id(), in, baseName(file.entry()), file.language());
                        } catch (FileRejectedException e) {
                            throw new RowFailed(row.line(), e.messageKey());
                        } catch (IOException e) {
                            throw new RowFailed(row.line(), "library.import.fileUnreadable");
                        }
                    }
                    progress.accept(++done);
                }
            });
        } catch (RowFailed e) {
            return new ImportReport(
                    plan.rows().size(), List.of(new ImportReport.Problem(e.line, "files", e.key)), 0, 0, false);
        }
        return new ImportReport(plan.rows().size(), List.of(), counts[0], counts[1], true);
    }

    /**
     * A row as a resource form: an existing resource's current values, with the columns the file
     * has written over them (a column left out of the file changes nothing).
     */
    /** Articles and local governments already looked up in this file: rows repeat them. */
    private record Lookups(
            Map<String, java.util.Optional<Long>> articles, Map<String, java.util.Optional<Long>> localGovernments) {}

    private java.util.Optional<Row> readRow(
            CsvRows.Row row, Documents documents, Lookups lookups, List<ImportReport.Problem> found) {
        int before = found.size();
        ResourceForm form = service.formByExternalId(row.externalId()).orElseGet(ResourceForm::new);
        set(row, "type", form::setType);
        fill(form.getTitle(), row, "title");
        fill(form.getSummary(), row, "summary");
        fill(form.getBody(), row, "body");
        CaseStudySections.KEYS.forEach(k -> fill(form.getSections().get(k), row, k));
        if (row.has("languages")) {
            form.setOriginalLanguages(new ArrayList<>());
            for (String lang : split(row.get("languages"))) {
                if (props.languages().contains(lang.toLowerCase(Locale.ROOT))) {
                    form.getOriginalLanguages().add(lang.toLowerCase(Locale.ROOT));
                } else {
                    found.add(row.problem("languages", "library.import.language"));
                }
            }
        }
        set(row, "date", form::setIssuedOn);
        set(row, "authors", form::setAuthors);
        set(row, "licence", form::setLicence);
        set(row, "external_url", form::setExternalUrl);
        set(row, "country", form::setCountry);
        if (row.has("themes")) {
            form.setThemes(String.join(",", split(row.get("themes"))));
        }
        if (row.has("local_governments")) {
            List<Long> lgs = new ArrayList<>();
            for (String ref : split(row.get("local_governments"))) {
                lookups.localGovernments()
                        .computeIfAbsent(ref, this::localGovernment)
                        .ifPresentOrElse(
                                lgs::add,
                                () -> found.add(row.problem("local_governments", "library.import.localGovernment")));
            }
            form.setLocalGovernmentIds(lgs);
        }
        if (row.has("tags")) {
            List<Long> articles = new ArrayList<>();
            for (String tag : split(row.get("tags"))) {
                lookups.articles()
                        .computeIfAbsent(tag, this::article)
                        .ifPresentOrElse(articles::add, () -> found.add(row.problem("tags", "library.import.tag")));
            }
            form.setArticleIds(articles);
        }
        List<FileRef> files = new ArrayList<>();
        for (String ref : split(row.get("files"))) {
            int colon = ref.lastIndexOf(':');
            String entry = colon > 0 ? ref.substring(0, colon).strip() : ref;
            String language = colon > 0 ? ref.substring(colon + 1).strip().toLowerCase(Locale.ROOT) : null;
            if (language != null && !props.languages().contains(language)) {
                found.add(row.problem("files", "library.import.language"));
            }
            String problem = documents.check(entry, props.files().maxBytes(), tika);
            if (problem != null) {
                found.add(row.problem("files", problem));
            } else {
                files.add(new FileRef(documents.resolve(entry), language));
            }
        }
        List<Long> lgs = form.getLocalGovernmentIds();
        var validated = form.validate(validator, props.languages(), java.util.Set.copyOf(lgs));
        validated
                .errors()
                .all()
                .forEach((field, key) -> found.add(row.problem(fieldToColumn.getOrDefault(field, field), key)));
        if (found.size() > before) {
            return java.util.Optional.empty();
        }
        Long owner = form.getOwnerLocalGovernmentId() != null
                ? form.getOwnerLocalGovernmentId()
                : lgs.isEmpty() ? null : lgs.get(0);
        return java.util.Optional.of(new Row(
                row.line(), row.externalId(), validated.data(), List.copyOf(form.getArticleIds()), owner, files));
    }

    /** An article written FRAMEWORK:NUMBER, as exports write it. */
    private java.util.Optional<Long> article(String tag) {
        String[] parts = tag.split(":", 2);
        return parts.length == 2
                ? taxonomy.article(parts[0].strip(), parts[1].strip()).map(ArticleRef::id)
                : java.util.Optional.empty();
    }

    /** A local government by its external id in the directory, or by its number there (as exports write it). */
    private java.util.Optional<Long> localGovernment(String ref) {
        java.util.Optional<Long> byExternalId = directory.findByExternalId(ref).map(LocalGovernmentView::id);
        if (byExternalId.isPresent() || !ref.matches("\\d{1,18}")) {
            return byExternalId;
        }
        long id = Long.parseLong(ref);
        return directory.exists(id) ? java.util.Optional.of(id) : java.util.Optional.empty();
    }

    private static void set(CsvRows.Row row, String column, java.util.function.Consumer<String> setter) {
        if (row.has(column)) {
            setter.accept(row.get(column));
        }
    }

    private void fill(TranslatableInput input, CsvRows.Row row, String prefix) {
        for (String lang : props.languages()) {
            if (row.has(prefix + "_" + lang)) {
                input.getValues().put(lang, row.get(prefix + "_" + lang));
            }
        }
    }

    /** Cells holding several values separate them with semicolons (commas also work where values have none). */
    private static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        for (String v : cell.split(cell.contains(";") ? ";" : ",")) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        return values;
    }

    private static String baseName(String entry) {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }

    private static final class RowFailed extends RuntimeException {
        final long line;
        final String key;

        RowFailed(long line, String key) {
            super(key, null, false, false);
            this.line = line;
            this.key = key;
        }
    }

    /**
     * The zip of documents, read without ever unpacking it to disk under its own names: entries are
     * found by path or by file name, and no entry is read past the size limit (zip bombs).
     */
    public static final class Documents implements AutoCloseable {
        private final ZipFile zip;
        private final Map<String, String> byName = new HashMap<>();
        private final boolean broken;

        private Documents(ZipFile zip, boolean broken) {
            this.zip = zip;
            this.broken = broken;
            if (zip != null) {
                Map<String, Integer> seen = new LinkedHashMap<>();
                zip.stream().filter(e -> !e.isDirectory()).forEach(e -> {
                    byName.put(e.getName(), e.getName());
                    String base = baseName(e.getName());
                    seen.merge(base, 1, Integer::sum);
                    byName.putIfAbsent(base, e.getName());
                });
                // A bare file name that two folders share is ambiguous: it must be given with its folder.
                seen.forEach((base, n) -> {
                    if (n > 1 && zip.getEntry(base) == null) {
                        byName.remove(base);
                    }
                });
            }
        }

        static Documents open(Path path) {
            if (path == null) {
                return new Documents(null, false);
            }
            try {
                ZipFile zip = new ZipFile(path.toFile());
                if (zip.size() > MAX_ZIP_ENTRIES) {
                    zip.close();
                    return new Documents(null, true);
                }
                return new Documents(zip, false);
            } catch (ZipException e) {
                return new Documents(null, true);
            } catch (IOException e) {
                return new Documents(null, true);
            }
        }

        boolean broken() {
            return broken;
        }

        String resolve(String name) {
            return byName.get(name);
        }

        /** Why a named document cannot be imported, as a message key, or null when it can. */
        String check(String name, long maxBytes, Tika tika) {
            String entry = resolve(name);
            if (zip == null || entry == null) {
                return "library.import.fileMissing";
            }
            try (InputStream in = new BufferedInputStream(limited(zip.getInputStream(zip.getEntry(entry)), maxBytes))) {
                String type = tika.detect(in, baseName(entry));
                if (in.transferTo(java.io.OutputStream.nullOutputStream()) == 0) {
                    return "file.empty";
                }
                if (!FileTypes.accepted(type)) {
                    return "file.typeNotAccepted";
                }
                if (!FileTypes.nameMatches(baseName(entry), type)) {
                    return "file.mismatch";
                }
                return null;
            } catch (FileRejectedException e) {
                return e.messageKey();
            } catch (IOException | RuntimeException e) {
                return "library.import.fileUnreadable";
            }
        }

        InputStream open(String entry) throws IOException {
            return zip.getInputStream(zip.getEntry(entry));
        }

        private static InputStream limited(InputStream in, long maxBytes) {
            return new java.io.FilterInputStream(in) {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) {
                    read += n;
                    if (read > maxBytes) {
                        throw new FileRejectedException("file.tooLarge");
                    }
                }
            };
        }

        @Override
        public void close() throws IOException {
            if (zip != null) {
                zip.close();
            }
        }
    }
}
