package org.quanze.impact.correspondence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.impact.correspondence.CorrespondenceOverride.TargetRef;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;

/** Reads the lines of the overrides TSV; every malformed line is an error naming file and line. */
final class OverrideParser {

    static final int COLUMNS = 7;
    private static final Pattern TARGET = Pattern.compile("([1-9]\\d*)(?:\\(([1-9]\\d*(?:,[1-9]\\d*)*)\\))?");

    private final String fileName;

    OverrideParser(String fileName) {
        this.fileName = fileName;
    }

    List<CorrespondenceOverride> parse(List<String> lines) {
        List<CorrespondenceOverride> overrides = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                overrides.add(line(line, Location.ofLine(fileName, i + 1)));
            }
        }
        return overrides;
    }

    private CorrespondenceOverride line(String line, Location at) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS) {
            throw new SourceException(at, "expected " + COLUMNS + " TAB-separated columns "
                    + "(document, old_version, new_version, old_article, type, targets, reason), found " + cells.length);
        }
        String title = required(cells[0], "document", at);
        ChangeType type = type(cells[4].strip(), at);
        List<TargetRef> targets = targets(cells[5].strip(), at);
        checkTargetCount(type, targets.size(), at);
        String reason = required(cells[6], "reason: say why the derived mapping is wrong", at);
        return new CorrespondenceOverride(at, title, date(cells[1], "old_version", at), date(cells[2], "new_version", at),
                article(cells[3].strip(), at), type, targets, reason);
    }

    private static String required(String cell, String what, Location at) {
        if (cell.isBlank()) {
            throw new SourceException(at, "empty " + what);
        }
        return cell.strip();
    }

    private static LocalDate date(String cell, String column, Location at) {
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            throw new SourceException(at, column + " is not a date (YYYY-MM-DD): '" + cell + "'", e);
        }
    }

    private static int article(String cell, Location at) {
        if (!cell.matches("[1-9]\\d{0,3}")) {
            throw new SourceException(at, "old_article must be an article number in Arabic digits (45 for 第四十五条): '"
                    + cell + "'");
        }
        return Integer.parseInt(cell);
    }

    private static ChangeType type(String cell, Location at) {
        List<ChangeType> mappings = Arrays.stream(ChangeType.values()).filter(t -> t != ChangeType.ADDED).toList();
        try {
            ChangeType type = ChangeType.valueOf(cell);
            if (mappings.contains(type)) {
                return type;
            }
        } catch (IllegalArgumentException e) {
            throw new SourceException(at, "unknown type '" + cell + "': expected one of " + mappings, e);
        }
        throw new SourceException(at, "unknown type '" + cell + "': expected one of " + mappings);
    }

    private static List<TargetRef> targets(String cell, Location at) {
        if (cell.equals("-")) {
            return List.of();
        }
        List<TargetRef> targets = new ArrayList<>();
        for (String part : cell.split(";", -1)) {
            Matcher m = TARGET.matcher(part.strip());
            if (!m.matches()) {
                throw new SourceException(at, "target '" + part + "' is not an article number with optional "
                        + "paragraphs, e.g. 52 or 52(2) or 43(3,4); targets are separated by ';', '-' for none");
            }
            List<Integer> paragraphs = m.group(2) == null ? List.of()
                    : Arrays.stream(m.group(2).split(",")).map(Integer::valueOf).toList();
            targets.add(new TargetRef(Integer.parseInt(m.group(1)), paragraphs));
        }
        return targets;
    }

    private static void checkTargetCount(ChangeType type, int count, Location at) {
        boolean ok = switch (type) {
            case REPEALED -> count == 0;
            case SPLIT -> count >= 2;
            default -> count == 1;
        };
        if (!ok) {
            throw new SourceException(at, type + " needs " + switch (type) {
                case REPEALED -> "no target ('-')";
                case SPLIT -> "at least two targets";
                default -> "exactly one target";
            } + ", found " + count);
        }
    }
}
