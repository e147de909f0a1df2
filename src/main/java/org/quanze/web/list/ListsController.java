package org.quanze.web.list;

import java.util.Map;
import org.quanze.web.PageQueries;
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
        model.addAttribute("lists", queries.rows("home-lists", Map.of()));
        return VIEW;
    }
}
