package org.quanze.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF. */
public final class Csv {

    private Csv() {
    }

    /**
     * The rows of a CSV file as the web offers it for spreadsheets: it must start with a byte order
     * mark (Excel reads UTF-8 without one as the local code page).
     */
    public static List<Map<String, String>> spreadsheetRows(String text) {
        if (!text.startsWith("\uFEFF")) {
            throw new IllegalArgumentException("no byte order mark: a spreadsheet would not read it as UTF-8");
        }
        return rows(text.substring(1));
    }

    /** The records of a CSV text, each a list of fields. */
    public static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
                }
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is never closed");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** The records after the header, each as column → value; every record must have the header's width. */
    public static List<Map<String, String>> rows(String text) {
        List<List<String>> records = records(text);
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a record of " + r.size() + " fields under a header of " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
