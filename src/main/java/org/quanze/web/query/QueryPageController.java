package org.quanze.web.query;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.queries.NamedQueries;
import org.quanze.queries.NamedQuery;
import org.quanze.queries.Parameter;
import org.quanze.sparql.SparqlProperties;
import org.quanze.web.Links;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SPARQL editor: the named queries ready to load (bound with the parameters given in the URL,
 * or with their example's), run in the browser against the public read-only endpoint.
 */
@Controller
class QueryPageController {

    static final String VIEW = "query";
    private static final Pattern EXAMPLE_PARAM = Pattern.compile("--param\\s+(\\w+)=(\\S+)");
    private static final String DEFAULT_QUERY = """
            PREFIX qz: <https://w3id.org/quanze/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

            SELECT ?power ?name WHERE { ?power a qz:Power ; qz:name ?name } LIMIT 20
            """;

    private final NamedQueries catalogue;
    private final SparqlProperties limits;
    private final Links links;

    QueryPageController(SparqlProperties limits, Links links) {
        this.catalogue = NamedQueries.load();
        this.limits = limits;
        this.links = links;
    }

    @GetMapping("/query")
    String query(@RequestParam(required = false) String name, @RequestParam(required = false) String q,
                 @RequestParam Map<String, String> params, Model model) {
        Optional<NamedQuery> named = name == null ? Optional.empty() : catalogue.find(name);
        String text = q != null ? q : named.map(n -> bound(n, params)).orElse(DEFAULT_QUERY);
        model.addAttribute("queries", catalogue.all());
        model.addAttribute("selected", named.orElse(null));
        model.addAttribute("text", text);
        model.addAttribute("timeout", limits.timeout().toSeconds());
        model.addAttribute("maxResults", limits.maxResults());
        model.addAttribute("base", links.base());
        return VIEW;
    }

    /** The named query's text with the URL's values (or its example's) bound, as a runnable query. */
    private static String bound(NamedQuery query, Map<String, String> params) {
        Map<String, String> values = new HashMap<>();
        for (Parameter p : query.parameters()) {
            if (params.containsKey(p.name()) && !params.get(p.name()).isBlank()) {
                values.put(p.name(), params.get(p.name()));
            }
        }
        if (values.isEmpty() && query.example() != null) {
            Matcher m = EXAMPLE_PARAM.matcher(query.example());
            while (m.find()) {
                values.put(m.group(1), m.group(2));
            }
        }
        try {
            return header(query) + query.bind(values).serialize();
        } catch (IllegalArgumentException e) {
            return header(query) + query.query().serialize();
        }
    }

    private static String header(NamedQuery query) {
        return "# " + query.titleZh() + " | " + query.titleEn() + "\n";
    }
}
