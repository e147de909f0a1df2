package org.quanze.web.impact;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.impact.report.ImpactExport;
import org.quanze.impact.report.ImpactReport;
import org.quanze.impact.report.ImpactReports;
import org.quanze.impact.report.MissingCorrespondenceException;
import org.quanze.web.PageQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The impact of a revision on the loaded lists ({@code /impact?document=…&from=…&to=…}): every
 * citation into the old version with what became of its article, old and new text side by side,
 * by power and by unit, with totals per change; and the same as CSV and JSON downloads.
 */
@Controller
class ImpactController {

    static final String VIEW = "impact";

    private final PageQueries queries;
    private final ImpactReports reports;

    ImpactController(PageQueries queries, ImpactReports reports) {
        this.queries = queries;
        this.reports = reports;
    }

    /** What the form asks: a document and two versions (years or dates), optionally one list. */
    record Form(String document, String from, String to, String list) {
    }

    @GetMapping("/impact")
    String impact(@RequestParam(required = false) String document, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String list,
                  Model model, HttpServletResponse response) {
        List<DocumentChoice> documents = DocumentChoice.of(queries.rows("impact-documents", Map.of()));
        model.addAttribute("documents", documents);
        model.addAttribute("lists", queries.rows("home-lists", Map.of()));
        Optional<Form> form = form(documents, document, from, to, list);
        model.addAttribute("form", form.orElse(new Form(document, from, to, list)));
        if (form.isEmpty()) {
            return VIEW;
        }
        try {
            model.addAttribute("report", report(form.get()));
        } catch (MissingCorrespondenceException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("missing", true);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", e.getMessage());
        }
        return VIEW;
    }

    @GetMapping("/impact.csv")
    ResponseEntity<String> csv(@RequestParam String document, @RequestParam String from, @RequestParam String to,
                               @RequestParam(required = false) String list) {
        ImpactReport report = report(new Form(document, from, to, Params.iri(list)));
        return Downloads.csv(name(report), ImpactExport.csv(report));
    }

    @GetMapping("/impact.json")
    ResponseEntity<String> json(@RequestParam String document, @RequestParam String from, @RequestParam String to,
                                @RequestParam(required = false) String list) {
        ImpactReport report = report(new Form(document, from, to, Params.iri(list)));
        return Downloads.json(name(report), ImpactExport.json(report));
    }

    /** A download for a document or version that is not there: 404 with the reason, as plain text. */
    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> notFound(IllegalArgumentException e) {
        return ResponseEntity.status(HttpServletResponse.SC_NOT_FOUND)
                .contentType(new org.springframework.http.MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(e.getMessage() + "\n");
    }

    private ImpactReport report(Form form) {
        return reports.report(queries.reader(), form.document(), form.from(), form.to(), form.list());
    }

    /**
     * The form as asked, its blanks filled in (the first document, its oldest and newest versions)
     * and, for a document offered, its title and years resolved to the key and versions the form shows.
     */
    private static Optional<Form> form(List<DocumentChoice> documents, String document, String from, String to,
                                       String list) {
        if (documents.isEmpty() && blank(document) == null) {
            return Optional.empty();
        }
        String asked = blank(document) != null ? document.strip() : documents.get(0).key();
        Optional<DocumentChoice> choice = documents.stream()
                .filter(d -> d.key().equals(asked) || d.title().equals(asked)).findFirst();
        String key = choice.map(DocumentChoice::key).orElse(asked);
        String older = version(choice, from, true);
        String newer = version(choice, to, false);
        return Optional.of(new Form(key, older, newer, Params.iri(list)));
    }

    /** A version as asked (a year, a date) or, when not asked, the oldest or newest; the slug when the form offers it. */
    private static String version(Optional<DocumentChoice> choice, String asked, boolean oldest) {
        if (blank(asked) == null) {
            return choice.map(oldest ? DocumentChoice::oldest : DocumentChoice::newest).orElse("");
        }
        String v = asked.strip();
        return choice.flatMap(d -> d.versions().stream().filter(x -> x.slug().equals(v) || x.year().equals(v)).findFirst())
                .map(DocumentChoice.Version::slug).orElse(v);
    }

    private static String name(ImpactReport report) {
        return "impact-" + report.documentKey() + "-" + report.from().slug() + "-" + report.to().slug();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
