package org.quanze.web.home;

import java.util.List;
import java.util.Map;
import org.quanze.queries.Row;
import org.quanze.web.PageQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the dataset holds, the lists, the most cited articles, and the way in. */
@Controller
class HomeController {

    static final String VIEW = "home";

    private final PageQueries queries;

    HomeController(PageQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String home(Model model) {
        List<Row> counts = queries.rows("home-counts", Map.of());
        model.addAttribute("counts", counts.isEmpty() ? null : counts.get(0));
        model.addAttribute("lists", queries.rows("home-lists", Map.of()));
        model.addAttribute("topArticles", queries.rows("home-top-articles", Map.of()));
        return VIEW;
    }
}
