package org.quanze.web.law;

import java.util.List;
import java.util.Map;
import org.quanze.law.LawLibrary;
import org.quanze.web.PageQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The legal documents the graph knows, with their level, versions and citations; and the documents
 * cited of which no official text is held ("texts wanted"), the most cited first, each with the
 * closest titles of the law library, so that a title the library lacks is told from a misspelt one.
 */
@Controller
record LawsController(PageQueries queries, LawLibrary library) {

    static final String VIEW = "laws";
    /** How many titles of the library are offered for a wanted text, and how close they must come. */
    private static final int CLOSEST = 3;
    private static final double CLOSE = 0.5;

    /** A cited document without official text, and the library's titles closest to its title. */
    record Wanted(String document, String title, int citations, int files, List<LawLibrary.Suggestion> closest) {
    }

    @GetMapping("/laws")
    String laws(Model model) {
        model.addAttribute("documents", queries.list("laws", Map.of(), LegalDocument.class));
        model.addAttribute("wanted", queries.list("laws-wanted", Map.of(), WantedText.class).stream()
                .map(r -> new Wanted(r.document(), r.title() != null ? r.title() : r.shortTitle(),
                        r.citations(), r.files(), library.closest(r.shortTitle(), CLOSEST, CLOSE))).toList());
        return VIEW;
    }
}
