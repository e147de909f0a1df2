package org.quanze.web.home;

import java.util.List;
import java.util.Map;
import org.quanze.web.PageQueries;
import org.quanze.web.ahead.ChangesAhead;
import org.quanze.web.list.ListSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the dataset holds, the lists, the most cited articles, and the way in; and the
 * page of the loaded lists, which shows the home page's lists alone.
 */
@Controller
class HomeController {

    static final String VIEW = "home";
    static final String LISTS_VIEW = "lists";

    private final PageQueries queries;
    private final ChangesAhead ahead;

    HomeController(PageQueries queries, ChangesAhead ahead) {
        this.queries = queries;
        this.ahead = ahead;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("counts", queries.first("home-counts", Map.of(), DatasetCounts.class).orElse(null));
        model.addAttribute("lists", lists());
        model.addAttribute("topArticles", queries.list("home-top-articles", Map.of(), TopArticle.class));
        model.addAttribute("ahead", ahead.all());
        return VIEW;
    }

    @GetMapping("/lists")
    String lists(Model model) {
        model.addAttribute("lists", lists());
        return LISTS_VIEW;
    }

    private List<ListSummary> lists() {
        return queries.list("home-lists", Map.of(), ListSummary.class);
    }
}
