package fr.spro.label.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the application writes goes through here. A cell starting with {@code =}, {@code +},
 * {@code -}, {@code @} (or a tab or carriage return) could run as a formula in a spreadsheet: it is
 * prefixed with an apostrophe, which spreadsheets show as text (OWASP "CSV injection").
 */
public final class SafeCsv implements AutoCloseable {

    private final CSVPrinter printer;

    private SafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A UTF-8 CSV with a BOM (so spreadsheets detect the encoding), comma-separated, CRLF. */
    public static SafeCsv open(Writer out, List<String> header) {
        try {
            out.write('\uFEFF');
            CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
            return new SafeCsv(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... cells) {
        try {
            for (Object cell : cells) {
                printer.print(neutralise(cell));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as text a spreadsheet will not evaluate. */
    public static String neutralise(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
