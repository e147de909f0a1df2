package org.quanze.web.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.quanze.law.ChinaDays;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

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
record HomeController(PageQueries queries, ChangesAhead ahead) {

    static final String VIEW = "home";
    static final String LISTS_VIEW = "lists";

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("counts", queries.first("home-counts", Map.of(), DatasetCounts.class).orElse(null));
        model.addAttribute("lists", lists());
        model.addAttribute("topArticles", queries.list("home-top-articles", Map.of(), TopArticle.class));
        model.addAttribute("ahead", ahead.all());
        return VIEW;
    }

    /** The lists in force now, or at the end of a day picked ({@code ?date=2024-01-01}): editions published later are left out. */
    @GetMapping("/lists")
    String lists(@RequestParam(required = false) String date, Model model) {
        if (date == null || date.isBlank()) {
            model.addAttribute("lists", lists());
            return LISTS_VIEW;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "date is a day as YYYY-MM-DD, not " + date);
        }
        model.addAttribute("date", day);
        model.addAttribute("lists", lists(ChinaDays.start(day.plusDays(1))));
        return LISTS_VIEW;
    }

    private List<ListSummary> lists() {
        return lists(Instant.now());
    }

    private List<ListSummary> lists(Instant until) {
        return queries.list("home-lists", Map.of("until", NodeFactory.createLiteralDT(until.toString(),
                XSDDatatype.XSDdateTime)), ListSummary.class);
    }
}
