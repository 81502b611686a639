package fr.spro.label.intake.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import fr.spro.label.intake.RejectionCode;
import fr.spro.label.intake.schema.Column;
import fr.spro.label.intake.schema.Problem;
import fr.spro.label.intake.schema.Schema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON array of objects with Jackson's streaming parser, so each record keeps the line
 * of its opening brace. Values become the same texts a CSV cell would hold: numbers and booleans
 * as written, {@code null} as an empty cell, an array of texts as a {@code |} list.
 */
public final class JsonRecords {

    /**
     * A key given twice in one object is an error, not "last one wins". Objects are read one at a
     * time from the array, so what follows one is not a "trailing token": the end is checked here.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonRecords() {
    }

    public static List<RawRecord> read(String text, Schema schema) throws UnreadableFile {
        try (JsonParser parser = MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new UnreadableFile(line(parser.currentTokenLocation()), Problem.of(RejectionCode.JSON_NOT_ARRAY, "", ""));
            }
            List<RawRecord> records = new ArrayList<>();
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw broken(parser.currentLocation());
                }
                index++;
                int line = line(parser.currentTokenLocation());
                if (token == JsonToken.START_OBJECT) {
                    JsonNode object = MAPPER.readTree(parser);
                    records.add(record(line, object, schema));
                } else {
                    parser.skipChildren();
                    records.add(new RawRecord(line, Map.of(), List.of(
                            Problem.of(RejectionCode.JSON_NOT_OBJECT, "", "").with("detail", index))));
                }
            }
            if (parser.nextToken() != null) {
                throw broken(parser.currentTokenLocation());
            }
            return records;
        } catch (JacksonException e) {
            throw broken(e.getLocation());
        }
    }

    private static RawRecord record(int line, JsonNode object, Schema schema) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>(0);
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String name = field.getKey().strip().toLowerCase(Locale.ROOT);
            Optional<Column<?>> column = schema.column(name);
            if (column.isEmpty()) {
                problems.add(Problem.of(RejectionCode.JSON_UNKNOWN_FIELD, field.getKey(), "").with("expected", schema.describe()));
                continue;
            }
            String cell = cell(field.getValue(), column.get().isList());
            if (cell == null) {
                problems.add(Problem.of(RejectionCode.JSON_VALUE_TYPE, name, field.getValue().toString()));
            } else {
                cells.put(name, cell);
            }
        }
        return new RawRecord(line, cells, problems);
    }

    /** The value as cell text, or {@code null} when its JSON type cannot stand for a cell. */
    private static String cell(JsonNode value, boolean list) {
        if (value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asString();
        }
        if (list && value.isArray()) {
            StringJoiner items = new StringJoiner("|");
            for (JsonNode item : value) {
                if (!item.isValueNode() || item.isNull()) {
                    return null;
                }
                items.add(item.asString());
            }
            return items.toString();
        }
        return null;
    }

    private static UnreadableFile broken(TokenStreamLocation location) {
        int line = line(location);
        int column = location == null ? 0 : location.getColumnNr();
        return new UnreadableFile(line, Problem.of(RejectionCode.BROKEN_JSON, "", "").with("detail", Math.max(column, 1)));
    }

    private static int line(TokenStreamLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 1);
    }
}
