package org.quanze.graph;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.quanze.ingest.WhiteSpace;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceTable;
import org.quanze.vocab.QZ;

/**
 * Mints the IRIs of everything Quanze describes, and reads them back ({@link #parse}): readable
 * (Chinese names stay Chinese), deterministic (the same input gives the same IRIs on every machine)
 * and all under one configurable base, so that the app can resolve each of them to its page. This is
 * the one place that knows how an IRI is made: two copies of a rule drift apart.
 */
public final class Iris {

    public static final String DEFAULT_BASE = "https://w3id.org/quanze/id/";

    private final String base;

    public Iris(String base) {
        if (base == null || !(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("the IRI base must end with / or #: " + base);
        }
        this.base = base;
    }

    public static Iris standard() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String list(String slug) {
        return base + "list/" + segment(slug);
    }

    /**
     * A list as a person names it: its IRI, or its file name without extension ({@code yulin-secrecy-bureau});
     * null for nothing named.
     */
    public String listNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String v = name.strip();
        return v.startsWith("http://") || v.startsWith("https://") ? v : list(v);
    }

    /** A power of a list: {@code key} is its 序号, or {@code 3-2} for the second entry numbered 3 (a 子项). */
    public String power(String list, String key) {
        return list + "/power/" + key;
    }

    public String duty(String power, int number) {
        return power + "/duty/" + number;
    }

    public String accountabilityCase(String power, int number) {
        return power + "/case/" + number;
    }

    public String exemption(String power) {
        return power + "/exemption";
    }

    /** A citation: the cell it is in (by role), the item's position in the cell, its place in the item. */
    public String citation(String power, CitationRole role, int item, int ordinal) {
        return power + "/" + role.code() + "/" + item + "/" + ordinal;
    }

    /**
     * A basis item itself, for what is said of an item that makes no citation (a 同N pointing nowhere);
     * {@code allEntries} for an item backing all the duties or cases of the power at once.
     */
    public String basisItem(String power, CitationRole role, boolean allEntries, int item) {
        return power + "/" + (allEntries ? role.allEntriesCode() : role.code()) + "/" + item;
    }

    /** A finding about {@code subject} (a cell, a citation, a basis item) of the kind of that code. */
    public String finding(String subject, String kindCode) {
        return subject + "/finding/" + kindCode;
    }

    /**
     * The count, kept at load time, of the citations of one article that one list makes in one role
     * ({@code ARTICLE/tally/LIST-SLUG/ROLE}): named, not blank, so that an export, a backup and a restore
     * give the store back quad for quad, and so that the count can be looked at by its name.
     */
    public String tally(String article, String list, CitationRole role) {
        if (!list.startsWith(base + "list/")) {
            throw new IllegalArgumentException("not a list: " + list);
        }
        return article + "/tally/" + list.substring((base + "list/").length()) + "/" + role.code();
    }

    /**
     * The count, kept at load time, of the citations of one list file that tag a document with one level
     * ({@code DOCUMENT/level-tally/FILE/LEVEL}; the level a name of the level scheme, {@code …/level/NAME}).
     */
    public String levelTally(String document, String listGraph, String level) {
        if (!listGraph.startsWith(graphs()) || !level.startsWith(QZ.LEVEL_NS)) {
            throw new IllegalArgumentException("not a file's graph and a level: " + listGraph + ", " + level);
        }
        return document + "/level-tally/" + listGraph.substring(graphs().length()) + "/" + level.substring(QZ.LEVEL_NS.length());
    }

    /**
     * The digest, kept at load time, of one list file's citations of one version ({@code VERSION/citation-digest/FILE}):
     * what the impact report counts of them.
     */
    public String citationDigest(String version, String listGraph) {
        if (!listGraph.startsWith(graphs())) {
            throw new IllegalArgumentException("not a file's graph: " + listGraph);
        }
        return version + "/citation-digest/" + listGraph.substring(graphs().length());
    }

    /**
     * The count, kept at load time, of one list file's citations of one version, with or without an article
     * ({@code VERSION/citation-tally/FILE}): what a document's page and /laws add up.
     */
    public String citationTally(String version, String listGraph) {
        if (!listGraph.startsWith(graphs())) {
            throw new IllegalArgumentException("not a file's graph: " + listGraph);
        }
        return version + "/citation-tally/" + listGraph.substring(graphs().length());
    }

    /**
     * The count, kept at load time, of the findings of one kind ({@code SUBJECT/finding-tally/KIND}): of a list
     * (its citation findings, and the reader's warnings met in its table), or of a list file (its reader's
     * warnings met in no list's table). Named, not blank, for the same reason as {@link #tally}.
     */
    public String findingTally(String subject, String kindCode) {
        if (!subject.startsWith(base + "list/") && !subject.startsWith(base + "source/")) {
            throw new IllegalArgumentException("not a list or a source file: " + subject);
        }
        return subject + "/finding-tally/" + kindCode;
    }

    /**
     * The count, kept at load time, of the powers of one list with one value of a facet of the powers page
     * ({@code LIST/facet-tally/category/NAME}, {@code LIST/facet-tally/unit/ORG-PATH}, {@code LIST/facet-tally/list}):
     * {@code value} is the category, the undertaking unit, or the list itself.
     */
    public String facetTally(String list, PowerFacet facet, String value) {
        if (!list.startsWith(base + "list/")) {
            throw new IllegalArgumentException("not a list: " + list);
        }
        String tally = list + "/facet-tally/" + facet.code();
        return switch (facet) {
            case LIST -> tally;
            case CATEGORY -> tally + "/" + value.substring(value.lastIndexOf('/') + 1);
            case UNIT -> {
                if (!value.startsWith(base + "org/")) {
                    throw new IllegalArgumentException("not an organisation: " + value);
                }
                yield tally + "/" + value.substring((base + "org/").length());
            }
        };
    }

    /** The count, kept at load time, of the duties, cases or citations of one list ({@code LIST/member-tally/MEMBER}). */
    public String memberTally(String list, ListMember member) {
        if (!list.startsWith(base + "list/")) {
            throw new IllegalArgumentException("not a list: " + list);
        }
        return list + "/member-tally/" + member.code();
    }

    /**
     * The count, kept at load time, of one list's citations in one column of /health's coverage table
     * ({@code LIST/coverage-tally/BUCKET}, {@link CoverageBucket}).
     */
    public String coverageTally(String list, CoverageBucket bucket) {
        if (!list.startsWith(base + "list/")) {
            throw new IllegalArgumentException("not a list: " + list);
        }
        return list + "/coverage-tally/" + bucket.code();
    }

    /** The {@code n}th finding of a kind about one subject, when several differ in what they say. */
    public String finding(String subject, String kindCode, int n) {
        return n == 1 ? finding(subject, kindCode) : finding(subject, kindCode) + "-" + n;
    }

    public String organization(String name) {
        return base + "org/" + segment(name);
    }

    /** A unit of a body, or an organisation named relative to a region (驻市委办公室纪检监察组 of 玉林市). */
    public String unit(String bodyName, String unitName) {
        return unitOf(organization(bodyName), unitName);
    }

    /** A unit of the organisation of that IRI (保密业务科 of 玉林市国家保密局). */
    public String unitOf(String organization, String unitName) {
        return organization + "/" + segment(unitName);
    }

    public String category(String label) {
        return base + "category/" + segment(label);
    }

    public String document(String key) {
        return base + "law/" + segment(key);
    }

    public String version(String documentKey, String versionSlug) {
        return document(documentKey) + "/" + segment(versionSlug);
    }

    public static String versionSlug(LocalDate date) {
        return date.toString();
    }

    /**
     * The slug of the version an IRI names or stands under ({@code law/统计法/2024-09-13/article/44} →
     * {@code 2024-09-13}); null for an IRI that is not a version's or part of one.
     */
    public String versionSlugOf(String iri) {
        MintedIri minted = parse(iri).orElse(null);
        MintedIri.VersionIri version = version(minted instanceof MintedIri.EventIri e ? e.owner() : minted);
        return version == null ? null : version.slug();
    }

    /** The version a version or a part of one is of; null for anything else. */
    private static MintedIri.VersionIri version(MintedIri minted) {
        return minted instanceof MintedIri.DivisionIri d ? d.version()
                : minted instanceof MintedIri.VersionIri v ? v : null;
    }

    /**
     * The IRI of the power a power, duty, case, exemption, citation or basis item stands under, read from the IRI
     * itself ({@code list/L/power/3/duty/2} → {@code list/L/power/3}): the scheme mints each of them under its power's
     * IRI ({@code IriSchemeTest}). Empty for anything else.
     */
    public Optional<String> powerOf(String iri) {
        return parse(iri).map(Iris::powerOf).map(p -> base + "list/" + p.list().slug() + "/power/" + p.key());
    }

    private static MintedIri.PowerIri powerOf(MintedIri minted) {
        if (minted instanceof MintedIri.PowerIri p) {
            return p;
        } else if (minted instanceof MintedIri.DutyIri d) {
            return d.power();
        } else if (minted instanceof MintedIri.CaseIri c) {
            return c.power();
        } else if (minted instanceof MintedIri.ExemptionIri e) {
            return e.power();
        } else if (minted instanceof MintedIri.CitationIri c) {
            return c.power();
        }
        return minted instanceof MintedIri.BasisItemIri b ? b.power() : null;
    }

    /**
     * The IRI of the version an IRI names or stands under ({@code law/统计法/2024-09-13/article/44} →
     * {@code law/统计法/2024-09-13}), its segments as they are written in it; empty for anything else.
     */
    public Optional<String> versionOf(String iri) {
        return parse(iri).map(Iris::version).map(v -> base + "law/" + v.document().key() + "/" + v.slug());
    }

    public String chapter(String version, int number) {
        return version + "/chapter/" + number;
    }

    /** A chapter of a code with parts (编): told by its part, as some codes number chapters anew in each part. */
    public String chapter(String version, String part, int number) {
        return part == null ? chapter(version, number) : part(version, part) + "/chapter/" + number;
    }

    /** A part (编) of a code: {@code part/2} for 第二编, or the name a part file gives itself ({@code part/人格权编}). */
    public String part(String version, String key) {
        return version + "/part/" + segment(key);
    }

    public String section(String chapter, int number) {
        return chapter + "/section/" + number;
    }

    public String article(String version, int number) {
        return version + "/article/" + number;
    }

    public String paragraph(String article, int number) {
        return article + "/paragraph/" + number;
    }

    public String item(String paragraph, int number) {
        return paragraph + "/item/" + number;
    }

    public String event(String owner, int number) {
        return owner + "/event/" + number;
    }

    public String sourceFile(String fileName) {
        return base + "source/" + segment(fileName);
    }

    public String table(String fileName, int number) {
        return sourceFile(fileName) + "/table/" + number;
    }

    /**
     * A cell by its place: the sheet (null for a file of one table) and the row as the file numbers it,
     * so that cells of different sheets never share an IRI.
     */
    public String cell(String fileName, String sheet, int row, int column) {
        return sourceFile(fileName) + (sheet == null ? "" : "/" + segment(sheet)) + "/r" + row + "c" + column;
    }

    /**
     * A cell of a table as read: in the text format by its table row (the line moves within a cell), in a
     * sheet by the sheet and the sheet's own row, in a CSV file by the line of its record.
     */
    public String cell(SourceTable table, SourceCell cell) {
        if (table.form() == SourceTable.Form.TEXT) {
            return cell(table.fileName(), null, cell.row(), cell.column());
        }
        return cell(table.fileName(), table.part(), cell.line(), cell.column());
    }

    /** What every graph the product writes is named under: the graphs that are Quanze's in a shared store. */
    public String graphs() {
        return base + "graph/";
    }

    /** The named graph that holds what one source file says. */
    public String graph(String fileName) {
        return base + "graph/" + segment(fileName);
    }

    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    /** The graph of facts derived across sources (recomputed by every load). */
    public String derivedGraph() {
        return base + "graph/derived";
    }

    /**
     * The graph a remote store's every write ends by putting ({@code RemoteGeneration}): how a server sees
     * that another process wrote the store.
     */
    public String generationGraph() {
        return graphs() + "generation";
    }

    /**
     * The graph that says the citation findings were computed (it labels itself); the findings of each
     * list file are in that file's own health graph ({@link #healthGraphOf}).
     */
    public String healthGraph() {
        return base + "graph/health";
    }

    /**
     * The graph of the citation findings (and tallies) of one list file, named after the file's own graph
     * ({@code graph/yulin.xlsx} → {@code graph/health/yulin.xlsx}): one per file, so that a load rewrites the
     * findings of the files it affects and leaves the others' graphs alone.
     */
    public String healthGraphOf(String listGraph) {
        if (!listGraph.startsWith(graphs())) {
            throw new IllegalArgumentException("not a file's graph: " + listGraph);
        }
        return healthGraph() + "/" + listGraph.substring(graphs().length());
    }

    /** The graph of the list file whose health graph is {@code healthGraph} (the inverse of {@link #healthGraphOf}). */
    public String checkedGraphOf(String healthGraph) {
        if (!healthGraph.startsWith(healthGraph() + "/")) {
            throw new IllegalArgumentException("not a list file's health graph: " + healthGraph);
        }
        return graphs() + healthGraph.substring(healthGraph().length() + 1);
    }

    /** Whether a graph is the health graph of one list file. */
    public boolean isListHealthGraph(String graph) {
        return graph.startsWith(healthGraph() + "/");
    }

    /** The graph of the correspondence of two versions' articles (recomputed by every load). */
    public String correspondenceGraph(String documentKey, String oldSlug, String newSlug) {
        return base + "graph/correspondence/" + segment(documentKey) + "/" + oldSlug + "/" + newSlug;
    }

    /** Whether a graph is one of correspondences. */
    public boolean isCorrespondenceGraph(String graph) {
        return graph.startsWith(base + "graph/correspondence/");
    }

    public String correspondence(String documentKey, String oldSlug, String newSlug) {
        return document(documentKey) + "/correspondence/" + oldSlug + "/" + newSlug;
    }

    public String mapping(String correspondence, int oldArticle) {
        return correspondence + "/mapping/" + oldArticle;
    }

    /** The log of every write. */
    public String changesGraph() {
        return base + "graph/changes";
    }

    /** The {@code n}th write recorded at {@code when}. */
    public String change(Instant when, int n) {
        return base + "change/" + when + "/" + n;
    }

    /**
     * The citation an IRI names, read without knowing the base, for the pages and reports that hold only
     * the IRI: a citation's IRI has one {@code list/} segment, its list's, and the path from it is the
     * citation's.
     */
    public static Optional<MintedIri.CitationIri> citationOf(String iri) {
        int at = iri == null ? -1 : iri.lastIndexOf("/list/");
        return at < 0 ? Optional.empty() : Optional.ofNullable(IriParser.parse(iri.substring(at + 1)))
                .filter(MintedIri.CitationIri.class::isInstance).map(MintedIri.CitationIri.class::cast);
    }

    /**
     * The slug of the version of that IRI ({@code law/统计法/2024-09-13} → {@code 2024-09-13}), read without
     * knowing the base; null for an IRI that is not a version's.
     */
    public static String slugOfVersion(String versionIri) {
        int at = versionIri == null ? -1 : versionIri.lastIndexOf("/law/");
        return at < 0 || !(IriParser.parse(versionIri.substring(at + 1)) instanceof MintedIri.VersionIri v) ? null
                : v.slug();
    }

    /** What an IRI names, read back by the rules that minted it; empty for an IRI Quanze does not mint. */
    public Optional<MintedIri> parse(String iri) {
        return iri == null || !iri.startsWith(base) ? Optional.empty()
                : Optional.ofNullable(IriParser.parse(iri.substring(base.length())));
    }

    /**
     * One path segment: white space removed, characters that would end or break a segment
     * percent-encoded, everything else (Chinese included) kept as it is.
     */
    static String segment(String text) {
        return encodeSegment(WhiteSpace.removeAll(text));
    }

    /**
     * A segment as the IRIs hold it: ASCII other than letters, digits and {@code -._~} percent-encoded
     * ({@code (试行)} becomes {@code %28试行%29}), everything else kept. A page path decoded by the
     * server is turned back into its IRI with this.
     */
    public static String encodeSegment(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && !(Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
