package org.uclg.carta.kit.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every table Carta hands out, written one row at a time as a CSV file or an Excel sheet streamed
 * to the client. Text that a spreadsheet would run as a formula is made inert here, once for all
 * downloads.
 */
public interface TableWriter extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    /** A cell a spreadsheet will not run as a formula: text starting with = + - @ or a tab is quoted. */
    static String inert(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static Object cell(Object v) {
        return v instanceof String s ? inert(s) : v;
    }

    @Override
    void close() throws IOException;

    static TableWriter csv(OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer;
        try {
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new TableWriter() {
            @Override
            public void row(List<?> cells) throws IOException {
                printer.printRecord(cells.stream().map(TableWriter::cell).toList());
            }

            @Override
            public void close() throws IOException {
                printer.flush();
            }
        };
    }

    /** Keeps 100 rows in memory at most: the rest goes to a temporary file until the workbook is written. */
    static TableWriter xlsx(OutputStream out, String sheetName) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        Sheet sheet = workbook.createSheet(sheetName);
        return new TableWriter() {
            private int next;

            @Override
            public void row(List<?> cells) {
                Row row = sheet.createRow(next++);
                for (int i = 0; i < cells.size(); i++) {
                    Object v = cells.get(i);
                    Cell cell = row.createCell(i);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(inert(v.toString()));
                    }
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    workbook.write(out);
                    out.flush();
                } finally {
                    workbook.close();
                }
            }
        };
    }
}
