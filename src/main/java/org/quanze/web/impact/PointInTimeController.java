package org.quanze.web.impact;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.impact.pointintime.PointInTime;
import org.quanze.impact.pointintime.PointInTimeRow;
import org.quanze.law.ChinaDays;
import org.quanze.web.PageQueries;
import org.quanze.web.list.ListChoice;
import org.quanze.web.list.ListChoices;
import org.quanze.web.list.ListTitles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A list as it would read on a given day ({@code /lists/point-in-time?list=…&date=YYYY-MM-DD}): for
 * each citation, the article in force then (through the correspondence), its text, and whether it
 * still says what the list quotes.
 */
@Controller
record PointInTimeController(PageQueries queries, PointInTime pointInTime, ListTitles listTitles) {

    static final String VIEW = "point-in-time";

    /** The citations of one power, in the order the list prints them. */
    record PowerRows(String power, int number, String name, List<PointInTimeRow> rows) {
    }

    @GetMapping("/lists/point-in-time")
    String read(@RequestParam(required = false) String list, @RequestParam(required = false) String date, Model model,
                HttpServletResponse response) {
        List<ListChoice> lists = ListChoices.offered(listTitles.first(),
                Params.iri(list), l -> ListChoices.find(queries, l));
        String chosen = Params.iri(list) != null ? Params.iri(list) : lists.isEmpty() ? null : lists.get(0).list();
        LocalDate day = day(date);
        model.addAttribute("lists", lists);
        model.addAttribute("list", chosen);
        model.addAttribute("date", day == null ? Params.text(date) : day.toString());
        if (day == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("badDate", true);
            return VIEW;
        }
        ListChoice title = lists.stream().filter(l -> l.list().equals(chosen)).findFirst().orElse(null);
        model.addAttribute("listTitle", title == null ? null : title.title());
        if (chosen != null && title == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("powers", chosen == null || title == null ? List.of()
                : byPower(pointInTime.read(queries.reader(), chosen, day)));
        return VIEW;
    }

    private static LocalDate day(String date) {
        if (Params.text(date) == null) {
            return LocalDate.now(ChinaDays.ZONE);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<PowerRows> byPower(List<PointInTimeRow> rows) {
        Map<String, List<PointInTimeRow>> byPower = new LinkedHashMap<>();
        rows.forEach(r -> byPower.computeIfAbsent(r.citation().backs().power(), p -> new ArrayList<>()).add(r));
        return byPower.values().stream().map(r -> new PowerRows(r.get(0).citation().backs().power(),
                r.get(0).citation().backs().powerNumber(), r.get(0).citation().backs().powerName(), r)).toList();
    }
}
