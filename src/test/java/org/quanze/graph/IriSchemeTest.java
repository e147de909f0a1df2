package org.quanze.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.graph.MintedIri.CellIri;
import org.quanze.graph.MintedIri.CitationIri;
import org.quanze.graph.MintedIri.Division;
import org.quanze.graph.MintedIri.DivisionIri;
import org.quanze.graph.MintedIri.PowerIri;
import org.quanze.store.Tdb2Store;
import org.quanze.vocab.QZ;

/**
 * Every IRI of a store holding everything bundled — the eight lists (sub-items, and the several sheets of the
 * defence-mobilisation workbook, included), the law library, the derived, health and correspondence graphs —
 * reads back through {@link Iris#parse} as the kind of thing its type says it is: one scheme mints and
 * parses them all.
 */
class IriSchemeTest {

    private static final String BASE = Fixtures.IRIS.base();
    /** What each class of resource is minted as. */
    private static final Map<String, Class<? extends MintedIri>> MINTED_AS = Map.ofEntries(
            Map.entry(QZ.PowerList.getURI(), MintedIri.ListIri.class),
            Map.entry(QZ.Power.getURI(), PowerIri.class),
            Map.entry(QZ.Duty.getURI(), MintedIri.DutyIri.class),
            Map.entry(QZ.AccountabilityCase.getURI(), MintedIri.CaseIri.class),
            Map.entry(QZ.Exemption.getURI(), MintedIri.ExemptionIri.class),
            Map.entry(QZ.Citation.getURI(), CitationIri.class),
            Map.entry(QZ.HistoryEvent.getURI(), MintedIri.EventIri.class),
            Map.entry(QZ.ReadingFinding.getURI(), MintedIri.FindingIri.class),
            Map.entry(QZ.CitationFinding.getURI(), MintedIri.FindingIri.class),
            Map.entry(QZ.SourceFile.getURI(), MintedIri.SourceFileIri.class),
            Map.entry(QZ.SourceTable.getURI(), MintedIri.TableIri.class),
            Map.entry(QZ.SourceCell.getURI(), CellIri.class),
            Map.entry(QZ.Organization.getURI(), MintedIri.OrganizationIri.class),
            Map.entry(SKOS.Concept.getURI(), MintedIri.CategoryIri.class),
            Map.entry(QZ.LegalDocument.getURI(), MintedIri.DocumentIri.class),
            Map.entry(QZ.LegalDocumentVersion.getURI(), MintedIri.VersionIri.class),
            Map.entry(QZ.Part.getURI(), DivisionIri.class),
            Map.entry(QZ.Chapter.getURI(), DivisionIri.class),
            Map.entry(QZ.Section.getURI(), DivisionIri.class),
            Map.entry(QZ.Article.getURI(), DivisionIri.class),
            Map.entry(QZ.Paragraph.getURI(), DivisionIri.class),
            Map.entry(QZ.Item.getURI(), DivisionIri.class),
            Map.entry(QZ.VersionCorrespondence.getURI(), MintedIri.CorrespondenceIri.class),
            Map.entry(QZ.ArticleMapping.getURI(), MintedIri.MappingIri.class),
            Map.entry(QZ.Change.getURI(), MintedIri.ChangeIri.class),
            Map.entry(QZ.CitationDigest.getURI(), MintedIri.CitationDigestIri.class));
    private static final Map<String, Division> DIVISIONS = Map.of(QZ.Part.getURI(), Division.PART,
            QZ.Chapter.getURI(), Division.CHAPTER, QZ.Section.getURI(), Division.SECTION,
            QZ.Article.getURI(), Division.ARTICLE, QZ.Paragraph.getURI(), Division.PARAGRAPH,
            QZ.Item.getURI(), Division.ITEM);

    private static Tdb2Store store;

    @BeforeAll
    static void load() {
        store = Fixtures.bundledStore();
    }

    @Test
    void shouldParseEveryIriOfTheStoreAsWhatItsTypeSaysItIs() {
        Map<String, Set<String>> types = new HashMap<>();
        for (Map<String, String> r : Fixtures.select(store, "SELECT DISTINCT ?x ?type WHERE { GRAPH ?g { ?x a ?type } "
                + "FILTER(STRSTARTS(STR(?x), \"" + BASE + "\")) }")) {
            types.computeIfAbsent(r.get("x"), k -> new TreeSet<>()).add(r.get("type"));
        }
        List<String> all = Fixtures.select(store, "SELECT DISTINCT ?x WHERE { { GRAPH ?x { } } UNION { GRAPH ?g { ?x ?p ?o } } "
                + "UNION { GRAPH ?g { ?s ?p ?x } } FILTER(isIRI(?x) && STRSTARTS(STR(?x), \"" + BASE + "\")) }")
                .stream().map(r -> r.get("x")).toList();
        assertThat(types.keySet()).as("the store holds typed resources of every kind").hasSizeGreaterThan(10_000);

        List<String> wrong = new ArrayList<>();
        for (String iri : all) {
            Optional<MintedIri> parsed = Fixtures.IRIS.parse(iri);
            if (parsed.isEmpty()) {
                wrong.add(iri + " does not parse");
                continue;
            }
            for (String type : types.getOrDefault(iri, Set.of())) {
                Class<? extends MintedIri> expected = MINTED_AS.get(type);
                if (expected != null && !expected.isInstance(parsed.get())) {
                    wrong.add(iri + " is a " + type + " but parses as " + parsed.get());
                } else if (DIVISIONS.containsKey(type) && ((DivisionIri) parsed.get()).kind() != DIVISIONS.get(type)) {
                    wrong.add(iri + " is a " + type + " but parses as " + parsed.get());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * The kinds the scheme mints occur in the bundled data, so that the test above covers them; not a basis
     * item (no bundled list has a 同N pointing nowhere: DanglingReferencesTest reads its IRI back), an unknown
     * category (every category is in the scheme) or a change (the tests' loads keep no change log).
     */
    @Test
    void shouldHoldEveryKindOfIriInTheBundledData() {
        Set<String> kinds = new TreeSet<>();
        Fixtures.select(store, "SELECT DISTINCT ?x WHERE { { GRAPH ?x { } } UNION { GRAPH ?g { ?x ?p ?o } } "
                + "FILTER(STRSTARTS(STR(?x), \"" + BASE + "\")) }")
                .forEach(r -> Fixtures.IRIS.parse(r.get("x")).ifPresent(m -> kinds.add(m.getClass().getSimpleName())));
        assertThat(kinds).contains("ListIri", "PowerIri", "DutyIri", "CaseIri", "ExemptionIri", "CitationIri",
                "EventIri", "FindingIri", "SourceFileIri", "TableIri", "CellIri", "OrganizationIri",
                "DocumentIri", "VersionIri", "DivisionIri", "CorrespondenceIri", "MappingIri", "GraphIri", "FindingTallyIri", "FacetTallyIri",
                "MemberTallyIri", "CoverageTallyIri", "CitationDigestIri", "CitationTallyIri");
    }

    /** A sub-item's power reads back with its key ({@code 3-2}), the key its number and place give. */
    @Test
    void shouldParseASubItemPowerWithItsKey() {
        List<Map<String, String>> subItems = Fixtures.select(store, """
                SELECT ?p ?n WHERE { ?l qz:hasPower ?p . ?p qz:number ?n ; qz:subItem ?s }""");
        assertThat(subItems).isNotEmpty().allSatisfy(r -> {
            PowerIri power = (PowerIri) Fixtures.IRIS.parse(r.get("p")).orElseThrow();
            assertThat(power.key()).startsWith(r.get("n"));
            assertThat(Fixtures.IRIS.power(Fixtures.IRIS.list(power.list().slug()), power.key())).isEqualTo(r.get("p"));
        });
        assertThat(subItems).extracting(r -> ((PowerIri) Fixtures.IRIS.parse(r.get("p")).orElseThrow()).key())
                .anyMatch(key -> key.contains("-"));
    }

    /**
     * A cell of a workbook reads back with its sheet and the sheet's row: those of the defence-mobilisation
     * workbook's several sheets, which share row numbers, are told apart by their sheet.
     */
    @Test
    void shouldParseTheCellsOfASeveralSheetWorkbookWithTheirSheet() {
        List<Map<String, String>> cells = Fixtures.select(store, """
                SELECT ?cell ?sheet ?line ?column WHERE {
                  ?file qz:fileName "defense-mobilization-office-2024.xlsx" .
                  ?cell qz:sourceFile ?file ; qz:sourceTable/qz:sheetName ?sheet ; qz:line ?line ; qz:column ?column }""");
        assertThat(cells.stream().map(r -> r.get("sheet")).distinct()).hasSizeGreaterThan(1);
        assertThat(cells).allSatisfy(r -> {
            CellIri cell = (CellIri) Fixtures.IRIS.parse(r.get("cell")).orElseThrow();
            assertThat(cell.sheet()).isEqualTo(Iris.segment(r.get("sheet")));
            assertThat(cell.row()).isEqualTo(Integer.parseInt(r.get("line")));
            assertThat(cell.column()).isEqualTo(Integer.parseInt(r.get("column")));
        });
    }

    /** A citation reads back with its role, item and ordinal, as stored beside it. */
    @Test
    void shouldParseEveryCitationWithItsOrdinal() {
        List<Map<String, String>> citations = Fixtures.select(store, "SELECT ?c ?o WHERE { ?c a qz:Citation ; qz:ordinal ?o }");
        assertThat(citations).isNotEmpty().allSatisfy(r -> assertThat(((CitationIri) Fixtures.IRIS.parse(r.get("c"))
                .orElseThrow()).ordinal()).isEqualTo(Integer.parseInt(r.get("o"))));
    }

    /** The kinds the bundled data lacks, minted and read back. */
    @Test
    void shouldReadBackWhatTheBundledDataLacks() {
        Iris iris = Fixtures.IRIS;
        String power = iris.power(iris.list("a-1"), "3-2");
        MintedIri.PowerIri parsed = new MintedIri.PowerIri(new MintedIri.ListIri("a-1"), "3-2");
        assertThat(iris.parse(iris.basisItem(power, CitationRole.CASE_BASIS, true, 4)))
                .contains(new MintedIri.BasisItemIri(parsed, CitationRole.CASE_BASIS, true, 4));
        assertThat(iris.parse(iris.finding(iris.cell("a.xlsx", "行政许可（3项）", 6, 5), "no-unit", 2))).contains(
                new MintedIri.FindingIri(new CellIri(new MintedIri.SourceFileIri("a.xlsx"), "行政许可（3项）", 6, 5), "no-unit", 2));
        assertThat(iris.parse(iris.findingTally(iris.sourceFile("a.xlsx"), "unclosed-title")))
                .contains(new MintedIri.FindingTallyIri(new MintedIri.SourceFileIri("a.xlsx"), "unclosed-title"));
        assertThat(iris.parse(iris.findingTally(iris.list("a-1"), "misquote")))
                .contains(new MintedIri.FindingTallyIri(new MintedIri.ListIri("a-1"), "misquote"));
        assertThat(iris.parse(iris.facetTally(iris.list("a-1"), PowerFacet.UNIT, iris.unit("玉林市国家保密局", "保密业务科"))))
                .contains(new MintedIri.FacetTallyIri(new MintedIri.ListIri("a-1"), PowerFacet.UNIT, List.of("玉林市国家保密局", "保密业务科")));
        assertThat(iris.parse(iris.facetTally(iris.list("a-1"), PowerFacet.LIST, iris.list("a-1"))))
                .contains(new MintedIri.FacetTallyIri(new MintedIri.ListIri("a-1"), PowerFacet.LIST, List.of()));
        assertThat(iris.parse(iris.memberTally(iris.list("a-1"), ListMember.ACCOUNTABILITY_CASE)))
                .contains(new MintedIri.MemberTallyIri(new MintedIri.ListIri("a-1"), ListMember.ACCOUNTABILITY_CASE));
        assertThat(iris.parse(iris.list("a-1") + "/member-tally/exemption")).as("no such member").isEmpty();
        assertThat(iris.parse(iris.coverageTally(iris.list("a-1"), CoverageBucket.OTHER_VERSION)))
                .contains(new MintedIri.CoverageTallyIri(new MintedIri.ListIri("a-1"), CoverageBucket.OTHER_VERSION));
        assertThat(iris.parse(iris.list("a-1") + "/coverage-tally/unknown")).as("no such column").isEmpty();
        assertThat(iris.parse(iris.citationDigest(iris.version("统计法", "2024-09-13"), iris.graph("a.xlsx"))))
                .contains(new MintedIri.CitationDigestIri(new MintedIri.VersionIri(new MintedIri.DocumentIri("统计法"), "2024-09-13"),
                        "a.xlsx"));
        assertThat(iris.parse(iris.list("a-1") + "/citation-digest/a.xlsx")).as("not a version's").isEmpty();
        assertThat(iris.parse(iris.citationTally(iris.version("统计法", "2024-09-13"), iris.graph("a.xlsx"))))
                .contains(new MintedIri.CitationTallyIri(new MintedIri.VersionIri(new MintedIri.DocumentIri("统计法"), "2024-09-13"),
                        "a.xlsx"));
        assertThat(iris.parse(iris.list("a-1") + "/citation-tally/a.xlsx")).as("not a version's").isEmpty();
        assertThat(iris.parse(iris.category("其他类别"))).contains(new MintedIri.CategoryIri("其他类别"));
        assertThat(iris.parse(iris.change(java.time.Instant.parse("2026-12-06T00:00:00Z"), 2)))
                .contains(new MintedIri.ChangeIri("2026-12-06T00:00:00Z", 2));
        assertThat(iris.versionSlugOf(iris.paragraph(iris.article(iris.version("统计法", "2024-09-13"), 44), 1)))
                .isEqualTo("2024-09-13");
        assertThat(Iris.citationOf(iris.citation(power, CitationRole.DUTY_BASIS, 3, 1)).orElseThrow().anchor())
                .isEqualTo("duty-basis-3-1");
    }

    /**
     * The power each entry, exemption and citation of the bundled store stands under, as its IRI says it
     * ({@link Iris#powerOf}), is the one the graph links it to — a power's duty, case or exemption, the basis of a
     * power or of its entry — and the version each article is of ({@link Iris#versionOf}) is the one holding it:
     * the search places the hits it shows so.
     */
    @Test
    void shouldReadThePowerAndTheVersionEachStandsUnderAsTheGraphLinksThem() {
        String prefixes = "PREFIX qz: <https://w3id.org/quanze/ontology#> PREFIX eli: <http://data.europa.eu/eli/ontology#> ";
        List<Map<String, String>> linked = Fixtures.select(store, prefixes + "SELECT DISTINCT ?x ?power WHERE { "
                + "{ ?power qz:hasDuty|qz:hasAccountabilityCase|qz:hasExemption|qz:hasBasis|qz:dutiesBasis|qz:casesBasis ?x } "
                + "UNION { ?entry qz:hasBasis ?x . ?power qz:hasDuty|qz:hasAccountabilityCase ?entry } "
                + "UNION { ?x a qz:Power BIND(?x AS ?power) } ?power a qz:Power }");
        Map<String, Set<String>> powers = new HashMap<>();
        linked.forEach(r -> powers.computeIfAbsent(r.get("x"), k -> new TreeSet<>()).add(r.get("power")));
        assertThat(powers).as("entries, exemptions and citations of the bundled lists").hasSizeGreaterThan(4000);
        powers.forEach((x, ps) -> assertThat(Fixtures.IRIS.powerOf(x).map(Set::of)).as(x).contains(ps));

        Map<String, Set<String>> versions = new HashMap<>();
        Fixtures.select(store, prefixes + "SELECT DISTINCT ?x ?version WHERE { GRAPH ?g { ?version a qz:LegalDocumentVersion ; "
                + "eli:has_part ?x . ?x a qz:Article } }")
                .forEach(r -> versions.computeIfAbsent(r.get("x"), k -> new TreeSet<>()).add(r.get("version")));
        assertThat(versions).as("articles of the law library").hasSizeGreaterThan(1000);
        versions.forEach((x, vs) -> assertThat(Fixtures.IRIS.versionOf(x).map(Set::of)).as(x).contains(vs));

        assertThat(Fixtures.IRIS.powerOf(BASE + "list/a/power/3-2/duty-basis/1/2")).contains(BASE + "list/a/power/3-2");
        assertThat(Fixtures.IRIS.powerOf(BASE + "law/统计法/2024-09-13/article/44")).isEmpty();
        assertThat(Fixtures.IRIS.versionOf(BASE + "law/统计法/2024-09-13/chapter/2/article/44/paragraph/1"))
                .contains(BASE + "law/统计法/2024-09-13");
        assertThat(Fixtures.IRIS.versionOf(BASE + "list/a/power/3")).isEmpty();
    }

    @Test
    void shouldReadNothingForAnIriItDoesNotMint() {
        assertThat(Fixtures.IRIS.parse("https://example.org/list/x")).isEmpty();
        assertThat(Fixtures.IRIS.parse(BASE + "list/x/power/1/somewhere/1/1")).isEmpty();
        assertThat(Fixtures.IRIS.parse(BASE + "source/a.xlsx/Sheet1/extra/r1c1")).isEmpty();
    }
}
