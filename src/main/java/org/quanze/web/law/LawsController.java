package org.quanze.web.law;

import java.util.Map;
import org.quanze.web.PageQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The legal documents the graph knows, with their level, versions and citations. */
@Controller
class LawsController {

    static final String VIEW = "laws";

    private final PageQueries queries;

    LawsController(PageQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/laws")
    String laws(Model model) {
        model.addAttribute("documents", queries.rows("laws", Map.of()));
        return VIEW;
    }
}
