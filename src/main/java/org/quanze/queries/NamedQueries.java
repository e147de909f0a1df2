package org.quanze.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * The named queries: every {@code queries/*.rq} of the {@link QueryCatalogue} (the folder travels
 * in the jar). Each file opens with a header of {@code # key: value} lines:
 * {@code title} (Chinese | English), {@code description}, {@code param} (zero or more:
 * {@code name type required|optional [default=…] — description}) and {@code example}.
 */
public final class NamedQueries {

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description-zh|description|param|example):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^(\\w+)\\s+(iri|string|integer|date)\\s+(required|optional)(?:\\s+default=(\\S+))?\\s*(?:[—-]+\\s*(.*))?$");

    private final List<NamedQuery> queries;

    private NamedQueries(List<NamedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The named queries of the {@link QueryCatalogue}, each with its header read. */
    public static NamedQueries load() {
        return new NamedQueries(QueryCatalogue.bundled().all(QueryCatalogue.Shelf.NAMED).stream()
                .map(f -> parse(f.name(), f.text(), f.query())).toList());
    }

    public List<NamedQuery> all() {
        return queries;
    }

    public Optional<NamedQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** Reads one query file; a malformed header or query is an error naming the file and line. */
    public static NamedQuery parse(String name, String text) {
        return parse(name, text, null);
    }

    /** Reads the header of a file whose query is already parsed (by the catalogue); null to parse it here. */
    static NamedQuery parse(String name, String text, Query parsed) {
        String titleZh = null;
        String titleEn = null;
        StringBuilder description = new StringBuilder();
        StringBuilder descriptionZh = new StringBuilder();
        String example = null;
        List<Parameter> parameters = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = HEADER.matcher(lines[i].strip());
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> {
                    String[] parts = value.split("\\|", 2);
                    titleZh = parts[0].strip();
                    titleEn = parts.length > 1 ? parts[1].strip() : null;
                }
                case "description" -> description.append(description.length() > 0 ? " " : "").append(value);
                case "description-zh" -> descriptionZh.append(value);
                case "param" -> parameters.add(parameter(name, i + 1, value));
                default -> example = value;
            }
        }
        if (titleZh == null || titleEn == null || description.length() == 0 || descriptionZh.length() == 0) {
            throw new IllegalArgumentException("queries/" + name + ".rq: the header needs '# title: 中文 | English', "
                    + "'# description: …' (English) and '# description-zh: …' (中文) lines");
        }
        return new NamedQuery(name, titleZh, titleEn, description.toString(), descriptionZh.toString(), parameters,
                example, text, parsed != null ? parsed : parseQuery(name, text));
    }

    private static Parameter parameter(String file, int line, String value) {
        Matcher p = PARAM.matcher(value);
        if (!p.matches()) {
            throw new IllegalArgumentException("queries/" + file + ".rq line " + line
                    + ": a param line reads 'name iri|string|integer|date required|optional [default=…] — description'");
        }
        return new Parameter(p.group(1), Parameter.Type.valueOf(p.group(2).toUpperCase(java.util.Locale.ROOT)),
                p.group(3).equals("required"), p.group(4), p.group(5) == null ? "" : p.group(5).strip());
    }

    private static Query parseQuery(String name, String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("queries/" + name + ".rq line " + e.getLine() + ", column "
                    + e.getColumn() + ": " + e.getMessage(), e);
        }
    }
}
