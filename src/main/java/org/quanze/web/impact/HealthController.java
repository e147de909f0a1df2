package org.quanze.web.impact;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.graph.Iris;
import org.quanze.health.Coverage;
import org.quanze.health.FindingCounts;
import org.quanze.health.FindingKind;
import org.quanze.health.HealthExport;
import org.quanze.health.HealthFinding;
import org.quanze.health.HealthGraph;
import org.quanze.health.ListFindingCounts;
import org.quanze.health.ReadingFinding;
import org.quanze.health.ReadingFindings;
import org.quanze.impact.ImpactGraphs;
import org.quanze.web.PageQueries;
import org.quanze.web.list.ListChoice;
import org.quanze.web.list.ListChoices;
import org.quanze.web.list.ListTitles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citation health report ({@code /health}): what is wrong with the citations of the loaded
 * lists, each finding with its list, row, column and the exact text; the citations that cannot be
 * checked for want of an official text are listed apart, and so is what the reader met reading the
 * lists (slips it read past, …). Also as CSV and JSON.
 */
@Controller
record HealthController(PageQueries queries, ImpactGraphs graphs, CsvDownloads csv, Iris iris, ListTitles listTitles,
                        @Value("${quanze.health.findings-shown:300}") int findingsShown) {

    static final String VIEW = "health";

    /** How many citations that cannot be checked the page lists. */
    static final int UNVERIFIABLE_SHOWN = 200;

    @GetMapping("/health")
    String health(@RequestParam(required = false) String list, @RequestParam(required = false) String kind, Model model) {
        // The counts per kind are those the loads kept: the page reads no finding it does not show to count it.
        FindingCounts counts = FindingCounts.read(queries.reader(), Params.iri(list));
        List<FindingKind> kinds = listedKinds(Params.text(kind));
        long toList = kinds.stream().mapToLong(k -> counts.of(k.code())).sum();
        // Over a province's lists the findings are thousands: a line per list then, each leading to its findings.
        boolean byList = Params.iri(list) == null && toList > findingsShown;
        List<HealthFinding> found = byList || kinds.isEmpty() ? List.of()
                : HealthGraph.read(queries.reader(), Params.iri(list), kinds, Integer.MAX_VALUE);
        // A line per list names every list.
        List<ListChoice> titles = byList ? listTitles.all() : List.of();
        List<ListChoice> lists = ListChoices.offered(listTitles.first(),
                Params.iri(list), l -> ListChoices.find(queries, l));
        model.addAttribute("list", Params.text(list));
        model.addAttribute("kind", Params.text(kind));
        model.addAttribute("lists", lists);
        model.addAttribute("kinds", Arrays.stream(FindingKind.values()).map(FindingKind::code).toList());
        model.addAttribute("readingKinds", ReadingFindingsSection.kinds());
        ReadingFindingsSection.add(model, queries.reader(), Params.iri(list), Params.text(kind), counts);
        model.addAttribute("computed", HealthGraph.computed(queries.reader(), graphs.healthGraph()));
        model.addAttribute("counts", counts(counts));
        List<Coverage> coverage = Coverage.read(queries.reader(), Params.iri(list));
        model.addAttribute("coverage", coverage);
        model.addAttribute("coverageTotal", Coverage.total(coverage));
        model.addAttribute("findingCount", byList ? toList : found.size());
        model.addAttribute("findings", FindingGroup.of(found, iris));
        // Titled from every list's title: the form's lists are the first 200 only.
        model.addAttribute("byList", byList ? ListFindingsRow.of(ListFindingCounts.read(queries.reader()), titles) : List.of());
        boolean unverifiableListed = Params.text(kind) == null || FindingKind.UNVERIFIABLE.code().equals(Params.text(kind));
        // Thousands over a province's lists: listed in part; the CSV and a filter by list give them all.
        model.addAttribute("unverifiableCount", unverifiableListed ? counts.of(FindingKind.UNVERIFIABLE.code()) : 0);
        model.addAttribute("unverifiable", unverifiableListed ? HealthGraph.read(queries.reader(), Params.iri(list),
                List.of(FindingKind.UNVERIFIABLE), UNVERIFIABLE_SHOWN) : List.of());
        return VIEW;
    }

    /** The kinds of citation finding the page lists in full: the one asked for, or all but the unverifiable. */
    private static List<FindingKind> listedKinds(String kind) {
        if (kind == null) {
            return Arrays.stream(FindingKind.values()).filter(k -> k != FindingKind.UNVERIFIABLE).toList();
        }
        return FindingKind.ofCode(kind).filter(k -> k != FindingKind.UNVERIFIABLE).map(List::of).orElse(List.of());
    }

    @GetMapping("/health.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String list, @RequestParam(required = false) String kind) {
        return csv.csv(name(list, kind), HealthExport.COLUMNS, HealthExport.rows(findings(list, kind), reading(list, kind)));
    }

    @GetMapping("/health.json")
    ResponseEntity<String> json(@RequestParam(required = false) String list, @RequestParam(required = false) String kind) {
        return Downloads.json(name(list, kind), HealthExport.json(findings(list, kind), reading(list, kind)));
    }

    /** citation-health, with the list and the kind when the download holds only theirs. */
    private static String name(String list, String kind) {
        String k = Params.text(kind);
        return "citation-health" + CsvDownloads.listSlug(Params.iri(list)) + (k == null ? "" : "-" + k);
    }

    private List<ReadingFinding> reading(String list, String kind) {
        List<ReadingFinding> findings = ReadingFindings.read(queries.reader(), Params.iri(list));
        return ReadingFindings.withCellTexts(queries.reader(), kind == null || kind.isBlank() ? findings
                : findings.stream().filter(f -> f.kind().code().equals(kind)).toList());
    }

    private List<HealthFinding> findings(String list, String kind) {
        List<HealthFinding> findings = HealthGraph.read(queries.reader(), Params.iri(list));
        return kind == null || kind.isBlank() ? findings : findings.stream().filter(f -> f.kind().code().equals(kind)).toList();
    }

    /** Findings per kind, every kind present. */
    private static Map<String, Long> counts(FindingCounts counts) {
        Map<String, Long> byCode = new LinkedHashMap<>();
        Arrays.stream(FindingKind.values()).forEach(k -> byCode.put(k.code(), counts.of(k.code())));
        return byCode;
    }
}
