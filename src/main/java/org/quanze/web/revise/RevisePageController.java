package org.quanze.web.revise;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quanze.graph.Iris;
import org.quanze.impact.ReportRequestException;
import org.quanze.impact.report.MissingCorrespondenceException;
import org.quanze.ingest.list.ListFileReader;
import org.quanze.revise.DocumentRevision;
import org.quanze.revise.Draft;
import org.quanze.revise.DraftFormat;
import org.quanze.revise.DraftWriter;
import org.quanze.revise.Reviser;
import org.quanze.revise.SuggestionTable;
import org.quanze.store.GraphStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 调整建议表 of a list for one or more revised documents, on a page, with the draft revised list
 * and the table as downloads. Read-only: drafting writes nothing; publishing is the administrator's.
 */
@Controller
class RevisePageController {

    static final String VIEW = "revise";

    private final GraphStore store;
    private final Iris iris;
    private final Reviser reviser;

    private final BundledOriginals originals;

    RevisePageController(GraphStore store, Iris iris, BundledOriginals originals) {
        this.store = store;
        this.iris = iris;
        this.reviser = new Reviser(iris);
        this.originals = originals;
    }

    @GetMapping("/revise")
    String page(@RequestParam String list, @RequestParam("document") List<String> documents, Model model) {
        Draft draft = draft(list, documents);
        model.addAttribute("draft", draft);
        model.addAttribute("listSlug", slug(draft));
        model.addAttribute("documents", documents);
        model.addAttribute("formats", DraftFormat.values());
        model.addAttribute("ownFormat", DraftFormat.ofFileName(draft.fileName()));
        return VIEW;
    }

    @GetMapping("/revise/draft")
    ResponseEntity<byte[]> draftFile(@RequestParam String list, @RequestParam("document") List<String> documents,
                                     @RequestParam(required = false) String format) {
        Draft draft = draft(list, documents);
        DraftFormat as = format == null || format.isBlank() ? DraftFormat.ofFileName(draft.fileName())
                : DraftFormat.parse(format);
        return download(bytes(draft, as), slug(draft) + "-draft." + as.extension(), as.mediaType());
    }

    /** A workbook list's draft in its own format is its published workbook patched, when that file is bundled. */
    private byte[] bytes(Draft draft, DraftFormat as) {
        if (as == DraftFormat.ofFileName(draft.fileName()) && (as == DraftFormat.XLSX || as == DraftFormat.XLS)) {
            var original = originals.find(draft.fileName(), draft.fileSha256());
            if (original.isPresent()) {
                return new DraftWriter().patch(draft, new java.io.ByteArrayInputStream(original.get()));
            }
        }
        return new DraftWriter().write(draft, as);
    }

    @GetMapping("/revise/suggestions.csv")
    ResponseEntity<byte[]> suggestionsCsv(@RequestParam String list, @RequestParam("document") List<String> documents) {
        Draft draft = draft(list, documents);
        return download(new SuggestionTable().csv(draft).getBytes(StandardCharsets.UTF_8),
                slug(draft) + "-调整建议表.csv", DraftFormat.CSV.mediaType());
    }

    @GetMapping("/revise/suggestions.xlsx")
    ResponseEntity<byte[]> suggestionsXlsx(@RequestParam String list, @RequestParam("document") List<String> documents) {
        Draft draft = draft(list, documents);
        return download(new SuggestionTable().xlsx(draft), slug(draft) + "-调整建议表.xlsx", DraftFormat.XLSX.mediaType());
    }

    private Draft draft(String list, List<String> documents) {
        return reviser.draft(store, iris.listNamed(list), documents.stream().map(DocumentRevision::parse).toList());
    }

    private static String slug(Draft draft) {
        return ListFileReader.slug(draft.fileName());
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String name, String mediaType) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(bytes);
    }

    /** A list, document or version not found, or no correspondence: said on the page, as the impact page says it. */
    @ExceptionHandler({IllegalArgumentException.class, ReportRequestException.class, MissingCorrespondenceException.class})
    String refused(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(e instanceof MissingCorrespondenceException ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", e.getMessage());
        return "revise-refused";
    }
}
