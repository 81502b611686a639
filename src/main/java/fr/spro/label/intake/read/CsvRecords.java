package fr.spro.label.intake.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.spro.label.intake.RejectionCode;
import fr.spro.label.intake.schema.Problem;
import fr.spro.label.intake.schema.Schema;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with Apache Commons CSV (RFC 4180 quoting, fields spanning lines), the
 * delimiter {@code ;} or {@code ,} detected from the header line. The header must name columns
 * of the format, each once, with every required one; otherwise the file is rejected whole.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    public static List<RawRecord> read(String text, Schema schema) throws UnreadableFile {
        char delimiter = delimiterOf(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> iterator = parser.iterator();
            List<String> header = header(iterator, schema, text, lines);
            List<RawRecord> records = new ArrayList<>();
            // The parser reports a broken quote where it gave up (often the end of the file);
            // the user needs the line where the broken record starts: the one after the last good one.
            long linesRead = parser.getCurrentLineNumber();
            try {
                while (iterator.hasNext()) {
                    CSVRecord record = iterator.next();
                    linesRead = parser.getCurrentLineNumber();
                    if (!isBlank(record)) {
                        records.add(record(record, header, lines.lineOf(start(text, record.getCharacterPosition()))));
                    }
                }
            } catch (UncheckedIOException malformed) {
                throw new UnreadableFile((int) linesRead + 1, Problem.of(RejectionCode.MALFORMED_CSV, "", ""));
            }
            return records;
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFile(1, Problem.of(RejectionCode.MALFORMED_CSV, "", ""));
        }
    }

    /** The delimiter a French or English spreadsheet used: the more frequent of {@code ;} and {@code ,} outside quotes on the first line. */
    static char delimiterOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> header(Iterator<CSVRecord> iterator, Schema schema, String text, LineIndex lines) throws UnreadableFile {
        CSVRecord first;
        try {
            if (!iterator.hasNext()) {
                throw new UnreadableFile(0, Problem.of(RejectionCode.EMPTY_FILE, "", ""));
            }
            first = iterator.next();
        } catch (UncheckedIOException malformed) {
            throw new UnreadableFile(1, Problem.of(RejectionCode.MALFORMED_CSV, "", ""));
        }
        int line = lines.lineOf(start(text, first.getCharacterPosition()));
        List<String> names = first.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        String expected = schema.describe();
        if (names.stream().noneMatch(name -> schema.column(name).isPresent())) {
            throw new UnreadableFile(line, Problem.of(RejectionCode.NO_HEADER, "", first.get(0)).with("expected", expected));
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new UnreadableFile(line, Problem.of(RejectionCode.DUPLICATE_COLUMN, name, name));
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (schema.column(name).isEmpty()) {
                String column = name.isEmpty() ? String.valueOf(i + 1) : name;
                throw new UnreadableFile(line, Problem.of(RejectionCode.UNKNOWN_COLUMN, column, first.get(i)).with("expected", expected));
            }
        }
        for (String required : schema.requiredNames()) {
            if (!names.contains(required)) {
                throw new UnreadableFile(line, Problem.of(RejectionCode.MISSING_COLUMN, required, ""));
            }
        }
        return names;
    }

    private static RawRecord record(CSVRecord record, List<String> header, int line) {
        if (record.size() != header.size()) {
            boolean missing = record.size() < header.size();
            String column = missing ? header.get(record.size()) : String.valueOf(header.size() + 1);
            String value = missing ? "" : record.get(header.size());
            Problem problem = Problem.of(RejectionCode.CELL_COUNT, column, value)
                    .with("detail", record.size()).with("expected", header.size());
            return new RawRecord(line, Map.of(), List.of(problem));
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), record.get(i));
        }
        return new RawRecord(line, cells, List.of());
    }

    /**
     * Where a record really starts: the parser gives the position where it began reading, before
     * the empty lines it skipped; a record itself never starts with a line break.
     */
    private static long start(String text, long position) {
        long start = position;
        while (start < text.length() && (text.charAt((int) start) == '\n' || text.charAt((int) start) == '\r')) {
            start++;
        }
        return start;
    }

    /** A line of empty cells, as spreadsheets export below the data, is not a record. */
    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
