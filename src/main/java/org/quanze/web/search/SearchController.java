package org.quanze.web.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.quanze.graph.Iris;
import org.quanze.store.GraphStore;
import org.quanze.store.TextSearch;
import org.quanze.web.CitationView;
import org.quanze.web.Links;
import org.quanze.web.PageQueries;
import org.quanze.web.list.ListChoice;
import org.quanze.web.list.ListTitles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * Chinese full-text search over power names, duties, cases, exemptions, article texts and the law
 * texts the lists quote, results grouped by kind with the matched words marked, each hit with the
 * list it belongs to; an article found brings the entries that rest on it. A search that names an
 * article ({@code 消防法第五十八条}) goes to that article, or offers its versions.
 */
@Controller
class SearchController {

    static final String VIEW = "search";
    static final int MAX_QUERY = 200;
    /** The most hits shown per kind: the best by score; the page says how many more were found. */
    static final int PER_KIND = 30;
    static final List<String> KINDS = List.of("Article", "Power", "Duty", "AccountabilityCase", "Exemption", "Citation");
    private static final String QZ = "https://w3id.org/quanze/ontology#";

    private final PageQueries queries;
    private final Links links;
    private final ListTitles listTitles;
    private final TextSearch textSearch;
    private final HitSearch hits;
    private final Highlighter highlighter = new Highlighter();
    private final ArticleCiters articleCiters;

    SearchController(PageQueries queries, Links links, GraphStore store, ListTitles listTitles, Iris iris) {
        this.queries = queries;
        this.links = links;
        this.listTitles = listTitles;
        this.articleCiters = new ArticleCiters(queries, links);
        this.textSearch = store.textSearch();
        this.hits = new HitSearch(queries, textSearch, store.textIndex(), iris);
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "list", required = false) String list, Model model, HttpServletRequest request) {
        String query = q == null ? "" : q.strip();
        String inList = list == null || list.isBlank() ? null : list.strip();
        form(query, inList, model);
        if (query.isEmpty()) {
            return VIEW;
        }
        if (query.length() > MAX_QUERY) {
            model.addAttribute("problem", "search.tooLong");
            return VIEW;
        }
        Optional<NamedArticle> named = ArticleQuery.parse(query).flatMap(this::resolve);
        if (named.isPresent() && named.get().versions().size() == 1) {
            // The one article the words name: go there (303 See Other: the answer is another page).
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
            return "redirect:" + named.get().versions().get(0).link();
        }
        model.addAttribute("named", named.orElse(null));
        results(query, inList, model);
        return VIEW;
    }

    /** What the form shows: the words, the lists to choose from, and the one chosen (its title; its IRI when no list has it). */
    private void form(String query, String inList, Model model) {
        List<ListChoice> lists = listTitles.first();
        model.addAttribute("q", query);
        model.addAttribute("list", inList);
        model.addAttribute("lists", lists);
        model.addAttribute("listTitle", inList == null ? null : lists.stream().filter(l -> inList.equals(l.list()))
                .map(ListChoice::title).findFirst().orElse(inList));
    }

    /** The document and the versions of it holding the article the words name; empty when no document has that title. */
    private Optional<NamedArticle> resolve(ArticleQuery asked) {
        List<ArticleVersionRow> rows = queries.list("search-article", Map.of(
                "key", NodeFactory.createLiteralString(asked.titleKey()),
                "number", NodeFactory.createLiteralDT(Integer.toString(asked.article()), XSDDatatype.XSDinteger)),
                ArticleVersionRow.class);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<NamedArticle.Version> versions = new ArrayList<>();
        for (ArticleVersionRow r : rows) {
            if (r.article() != null) {
                boolean hasParagraph = asked.paragraph() != null && asked.paragraph() <= r.paragraphs();
                String link = links.page(r.article()) + (hasParagraph ? "#paragraph-" + asked.paragraph() : "");
                String version = r.versionDate() != null ? r.versionDate() : r.versionLabel();
                versions.add(new NamedArticle.Version(link, version, r.citations()));
            }
        }
        ArticleVersionRow first = rows.get(0);
        return Optional.of(new NamedArticle(links.page(first.document()), first.shortTitle(), asked.article(),
                versions));
    }

    /** The hits of the words (in one list, when one is chosen), grouped by kind, the best of each kind first. */
    private void results(String query, String list, Model model) {
        Node inList = list == null ? null : listNode(list);
        List<HitRow> rows = hits.find(query, inList, PER_KIND);
        Map<String, List<HitRow>> shown = new LinkedHashMap<>();
        Map<String, Integer> found = new LinkedHashMap<>();
        KINDS.forEach(k -> shown.put(k, new ArrayList<>()));
        for (HitRow r : best(rows)) {
            String kind = r.type().substring(QZ.length());
            if (!shown.containsKey(kind)) {
                continue;
            }
            found.merge(kind, 1, Integer::sum);
            if (shown.get(kind).size() < PER_KIND) {
                shown.get(kind).add(r);
            }
        }
        placeShown(shown, inList);
        Map<String, Hit.Citers> citers = articleCiters.of(shown.get("Article").stream().map(HitRow::hit).toList(), inList);
        List<String> words = highlighter.words(query);
        Map<String, List<Hit>> byKind = new LinkedHashMap<>();
        shown.forEach((kind, kindRows) -> byKind.put(kind, kindRows.stream()
                .map(r -> hit(r, kind, words, citers.get(r.hit()))).toList()));
        model.addAttribute("results", byKind);
        model.addAttribute("found", found);
        model.addAttribute("total", found.values().stream().mapToInt(Integer::intValue).sum());
        // How the words were matched, when not by the ranked index of this process: the message's key.
        model.addAttribute("matching", switch (textSearch) {
            case LUCENE -> null;
            case VIRTUOSO -> "search.virtuoso";
            case SCAN -> "search.substring";
        });
    }

    /** The hits shown with their places read: one query for every kind, the rows given back in the order sent. */
    private void placeShown(Map<String, List<HitRow>> shown, Node inList) {
        Iterator<HitRow> placed = hits.placed(shown.values().stream().flatMap(List::stream).toList(), inList).iterator();
        shown.replaceAll((kind, kindRows) -> kindRows.stream().map(r -> placed.next()).toList());
    }

    /** One row per hit: a duty found by its name and by its text is one hit, shown with the longer text. */
    private static Iterable<HitRow> best(List<HitRow> rows) {
        Map<String, HitRow> best = new LinkedHashMap<>();
        for (HitRow r : rows) {
            best.merge(r.hit(), r, (a, b) -> b.length() > a.length() ? b : a);
        }
        return best.values();
    }

    private Hit hit(HitRow r, String kind, List<String> words, Hit.Citers citers) {
        Hit.Place place = r.where();
        String link = kind.equals("Citation") && place != null
                ? links.page(place.power()) + "#" + CitationView.anchor(r.hit())
                : links.page(r.hit());
        Hit.ArticleName article = kind.equals("Article") ? Hit.ArticleName.of(r.article()) : null;
        return new Hit(kind, link, r.label(), highlighter.mark(r.literal(), words), place, article, citers);
    }

    /** Only a well-formed IRI is a list to search in: anything else is a list that holds nothing. */
    private static Node listNode(String list) {
        try {
            return NodeFactory.createURI(IRIs.checkEx(list));
        } catch (RuntimeException e) {
            return NodeFactory.createURI("urn:quanze:no-such-list");
        }
    }
}
