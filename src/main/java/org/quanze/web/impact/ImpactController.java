package org.quanze.web.impact;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.quanze.impact.ReportRequestException;
import org.quanze.impact.report.ImpactExport;
import org.quanze.impact.report.ImpactReport;
import org.quanze.impact.report.ImpactReports;
import org.quanze.impact.report.MissingCorrespondenceException;
import org.quanze.web.PageQueries;
import org.quanze.web.list.ListChoice;
import org.quanze.web.list.ListChoices;
import org.quanze.web.list.ListTitles;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The impact of a revision on the loaded lists ({@code /impact?document=…&from=…&to=…}): every
 * citation into the old version with what became of its article, old and new text side by side,
 * by power (a page of whole lists at a time) and by unit, with totals per change; and the whole
 * report as CSV and JSON downloads.
 */
@Controller
record ImpactController(PageQueries queries, ImpactReports reports, ReportMemos memos, CsvDownloads csv,
                        ListTitles listTitles) {

    static final String VIEW = "impact";

    /** What the form asks: a document and two versions (years or dates), optionally one list. */
    record Form(String document, String from, String to, String list) {
    }

    /**
     * The form as the page shows it: what will be reported, the versions offered for the chosen
     * document only, and what was changed in what was asked (versions of another document, or in
     * the wrong order) so that the page can say so.
     */
    record Asked(Form form, List<DocumentChoice.Version> versions, boolean reset, boolean swapped) {
    }

    @GetMapping("/impact")
    String impact(@RequestParam(required = false) String document, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String list,
                  @RequestParam(defaultValue = "1") int page, Model model, HttpServletResponse response) {
        List<DocumentChoice> documents = memos.documents();
        model.addAttribute("documents", documents);
        List<ListChoice> lists = listTitles.first();
        model.addAttribute("lists", lists);
        Optional<Asked> asked = asked(documents, document, from, to, list);
        model.addAttribute("form", asked.map(Asked::form).orElse(new Form(document, from, to, list)));
        model.addAttribute("versions", asked.map(Asked::versions).orElse(List.of()));
        if (asked.isEmpty()) {
            return VIEW;
        }
        model.addAttribute("reset", asked.get().reset());
        model.addAttribute("swapped", asked.get().swapped());
        try {
            Form form = asked.get().form();
            ImpactReport report = reports.page(queries.reader(), memos.current(), form.document(), form.from(), form.to(),
                    form.list(), page);
            model.addAttribute("report", report);
            model.addAttribute("lists", ListChoices.offered(lists, form.list(), l -> ListChoices.find(queries, l)));
        } catch (MissingCorrespondenceException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("missing", true);
        } catch (ReportRequestException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", e);
        }
        return VIEW;
    }

    @GetMapping("/impact.csv")
    ResponseEntity<String> csv(@RequestParam String document, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String list) {
        ImpactReport report = report(download(document, from, to, list));
        return csv.csv(name(report), ImpactExport.COLUMNS, ImpactExport.rows(report, false));
    }

    @GetMapping("/impact.json")
    ResponseEntity<String> json(@RequestParam String document, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to, @RequestParam(required = false) String list) {
        ImpactReport report = report(download(document, from, to, list));
        return Downloads.json(name(report), ImpactExport.json(report));
    }

    /**
     * What a download reports: the versions asked; those left out are the document's oldest and newest with official
     * text, chosen by the report as the page's form chooses them (a link written by hand, {@code
     * /impact.csv?document=统计法}, was refused). A version asked that the document does not have is not replaced: the
     * download answers 404 and says so.
     */
    private static Form download(String document, String from, String to, String list) {
        return new Form(document.strip(), text(from), text(to), Params.iri(list));
    }

    /** A download for a document or version that is not there: 404 with the reason, as plain text. */
    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> notFound(IllegalArgumentException e) {
        return ResponseEntity.status(HttpServletResponse.SC_NOT_FOUND)
                .contentType(new org.springframework.http.MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(e.getMessage() + "\n");
    }

    private ImpactReport report(Form form) {
        return reports.report(queries.reader(), memos.current(), form.document(), form.from(), form.to(), form.list());
    }

    /**
     * The form as asked, its blanks filled in (the first document, its oldest and newest versions)
     * and, for a document offered, its title and years resolved to the key and versions the form
     * shows. Versions the document does not have (left selected from another document) give way to
     * its oldest and newest; versions asked newest first are put in order.
     */
    private static Optional<Asked> asked(List<DocumentChoice> documents, String document, String from, String to,
                                         String list) {
        if (documents.isEmpty() && blank(document) == null) {
            return Optional.empty();
        }
        String wanted = blank(document) != null ? document.strip() : documents.get(0).key();
        Optional<DocumentChoice> choice = choice(documents, wanted);
        if (choice.isEmpty()) {
            return Optional.of(new Asked(new Form(wanted, text(from), text(to), Params.iri(list)), List.of(), false, false));
        }
        DocumentChoice d = choice.get();
        Optional<DocumentChoice.Version> older = d.version(text(from));
        Optional<DocumentChoice.Version> newer = d.version(text(to));
        boolean reset = text(from) != null && older.isEmpty() || text(to) != null && newer.isEmpty();
        String oldest = older.filter(v -> !reset).map(DocumentChoice.Version::slug).orElse(d.oldest());
        String newest = newer.filter(v -> !reset).map(DocumentChoice.Version::slug).orElse(d.newest());
        boolean swapped = oldest.compareTo(newest) > 0;
        Form form = swapped ? new Form(d.key(), newest, oldest, Params.iri(list))
                : new Form(d.key(), oldest, newest, Params.iri(list));
        return Optional.of(new Asked(form, d.versions(), reset, swapped));
    }

    /** The document offered whose key or title is {@code name}. */
    private static Optional<DocumentChoice> choice(List<DocumentChoice> documents, String name) {
        return documents.stream().filter(d -> d.key().equals(name) || d.title().equals(name)).findFirst();
    }

    private static String text(String value) {
        return Params.text(value);
    }

    private static String name(ImpactReport report) {
        return "impact-" + report.documentKey() + "-" + report.from().slug() + "-" + report.to().slug()
                + CsvDownloads.listSlug(report.list());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
