package org.quanze.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reports as downloads: rows of named columns, written as CSV (RFC 4180: a header line, every
 * field quoted when it holds a comma, a quote or a line break, CRLF between records) or as a
 * JSON array of objects whose keys are the column names. Lists (new article numbers) become
 * {@code ;}-separated text in CSV and arrays in JSON.
 */
public final class Tables {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Tables() {
    }

    /** A row: column → value (String, Number, Boolean, List or null), in column order. */
    public static Map<String, Object> row() {
        return new LinkedHashMap<>();
    }

    public static String csv(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, new ArrayList<>(columns));
        for (Map<String, Object> row : rows) {
            line(sb, columns.stream().map(c -> cell(row.get(c))).collect(Collectors.toList()));
        }
        return sb.toString();
    }

    public static String json(List<Map<String, Object>> rows) {
        try {
            return JSON.writeValueAsString(rows) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rows of plain values always write as JSON", e);
        }
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        sb.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> Objects.toString(v, "")).collect(Collectors.joining(";"));
        }
        return value.toString();
    }

    private static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
