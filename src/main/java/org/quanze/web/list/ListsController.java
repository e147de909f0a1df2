package org.quanze.web.list;

import java.util.Map;
import org.quanze.web.PageQueries;
import org.quanze.web.list.ListSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The loaded lists. */
@Controller
class ListsController {

    static final String VIEW = "lists";

    private final PageQueries queries;

    ListsController(PageQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/lists")
    String lists(Model model) {
        model.addAttribute("lists", queries.list("home-lists", Map.of(), ListSummary.class));
        return VIEW;
    }
}
