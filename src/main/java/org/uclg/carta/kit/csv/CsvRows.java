package org.uclg.carta.kit.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file for an import: UTF-8 with a header line, an {@code external_id} on
 * every row, once. What is wrong with the file itself (encoding, missing columns, repeated ids,
 * too many rows) becomes problems; each good row goes to the caller, who adds its own.
 */
public final class CsvRows {

    public static final int MAX_ROWS = 5_000;

    /** One row of the file: its line number and its cells by column name ("" when absent). */
    public record Row(long line, String externalId, CSVRecord record) {
        public String get(String column) {
            return record.isMapped(column) && record.isSet(column)
                    ? record.get(column).strip()
                    : "";
        }

        /** Whether the file has this column at all (an empty cell is still a value: empty). */
        public boolean has(String column) {
            return record.isMapped(column);
        }

        public ImportReport.Problem problem(String column, String messageKey) {
            return new ImportReport.Problem(line, column, messageKey);
        }
    }

    @FunctionalInterface
    public interface RowReader {
        /** Checks one row, adding what is wrong with it to {@code problems}. */
        void read(Row row, List<ImportReport.Problem> problems);
    }

    private CsvRows() {}

    /** Reads every row; the problems come back sorted by line. */
    public static List<ImportReport.Problem> read(InputStream in, List<String> requiredColumns, RowReader reader)
            throws IOException {
        return read(in, requiredColumns, reader, true);
    }

    /** Reads a file whose rows have no external_id (values, not items); the row's externalId is "". */
    public static List<ImportReport.Problem> readWithoutIds(
            InputStream in, List<String> requiredColumns, RowReader reader) throws IOException {
        return read(in, requiredColumns, reader, false);
    }

    /** Excel saves "CSV UTF-8" with a byte-order mark, which would otherwise join the first column's name. */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        java.io.PushbackReader in = new java.io.PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    private static List<ImportReport.Problem> read(
            InputStream in, List<String> requiredColumns, RowReader reader, boolean ids) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<ImportReport.Problem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader text = withoutByteOrderMark(new InputStreamReader(in, decoder));
                CSVParser parser = format.parse(text)) {
            List<String> header = parser.getHeaderNames();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    problems.add(new ImportReport.Problem(1, column, "import.error.missingColumn"));
                }
            }
            if (!problems.isEmpty()) {
                return problems;
            }
            Set<String> seen = new HashSet<>();
            int rows = 0;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (++rows > MAX_ROWS) {
                    problems.add(new ImportReport.Problem(line, "", "import.error.tooManyRows"));
                    break;
                }
                String nulIn = columnWithNul(header, record);
                String externalId = new Row(line, "", record).get("external_id");
                if (nulIn != null) {
                    // PostgreSQL refuses it in text: caught here, the check and the import agree.
                    problems.add(new ImportReport.Problem(line, nulIn, "import.error.nul"));
                } else if (!ids) {
                    reader.read(new Row(line, "", record), problems);
                } else if (externalId.isBlank()) {
                    problems.add(new ImportReport.Problem(line, "external_id", "import.error.externalId"));
                } else if (!seen.add(externalId)) {
                    problems.add(new ImportReport.Problem(line, "external_id", "import.error.duplicate"));
                } else {
                    reader.read(new Row(line, externalId, record), problems);
                }
            }
        } catch (CharacterCodingException e) {
            problems.add(new ImportReport.Problem(0, "", "import.error.encoding"));
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(new ImportReport.Problem(0, "", "import.error.malformed"));
        }
        problems.sort(Comparator.comparingLong(ImportReport.Problem::line));
        return problems;
    }

    private static String columnWithNul(List<String> header, CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).indexOf('\0') >= 0) {
                return i < header.size() ? header.get(i) : "";
            }
        }
        return null;
    }
}
