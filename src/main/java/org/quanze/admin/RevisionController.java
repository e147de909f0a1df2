package org.quanze.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quanze.graph.Iris;
import org.quanze.load.Loader;
import org.quanze.revise.Decision;
import org.quanze.revise.DocumentRevision;
import org.quanze.revise.Draft;
import org.quanze.revise.EditionPublisher;
import org.quanze.revise.Proposal;
import org.quanze.revise.Reviser;
import org.quanze.store.GraphStore;
import org.quanze.web.Links;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review of a revised list: each proposed change accepted, edited or rejected, then published
 * as a new edition of the list (the old edition kept). Behind the administrator's credentials, as
 * every write is.
 */
@Controller
@ConditionalOnProperty(prefix = "quanze.admin", name = {"username", "password"})
class RevisionController {

    static final String VIEW = "admin-revise";

    private final GraphStore store;
    private final Iris iris;
    private final Reviser reviser;
    private final EditionPublisher publisher;
    private final Links links;

    RevisionController(GraphStore store, Iris iris, Loader loader, Links links, Clock clock) {
        this.store = store;
        this.iris = iris;
        this.reviser = new Reviser(iris);
        this.publisher = new EditionPublisher(loader, clock);
        this.links = links;
    }

    @GetMapping("/admin/revise")
    String review(@RequestParam String list, @RequestParam("document") List<String> documents, Model model) {
        model.addAttribute("draft", draft(list, documents));
        model.addAttribute("listSlug", list);
        model.addAttribute("documents", documents);
        return VIEW;
    }

    /**
     * Publishes the draft as decided. The draft is made again from the store and each decision is
     * matched to its proposal by the citation it names: a form made from another state of the store
     * (a list or a text loaded since) is refused rather than applied to other citations.
     */
    @PostMapping("/admin/revise/publish")
    String publish(@RequestParam String list, @RequestParam("document") List<String> documents,
                   @RequestParam MultiValueMap<String, String> form, Principal who, Model model,
                   HttpServletResponse response) {
        Draft draft = draft(list, documents);
        Map<String, Decision> decisions = new HashMap<>();
        List<Proposal> proposals = draft.proposals();
        for (int i = 0; i < proposals.size(); i++) {
            String id = form.getFirst("id-" + i);
            if (id == null || !id.equals(proposals.get(i).id())) {
                throw new IllegalArgumentException("the store changed since the review was opened: open it again");
            }
            decisions.put(id, decision(form.getFirst("decision-" + i), form.getFirst("text-" + i)));
        }
        EditionPublisher.Published published = publisher.publish(reviser.decide(draft, decisions), who.getName());
        if (published.report().hasFailures()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", published.report().toString());
            return review(list, documents, model);
        }
        return "redirect:" + links.page(iris.list(published.slug()));
    }

    private Draft draft(String list, List<String> documents) {
        return reviser.draft(store, iris.listNamed(list), documents.stream().map(DocumentRevision::parse).toList());
    }

    private static Decision decision(String kind, String text) {
        return switch (kind == null ? "accept" : kind) {
            case "accept" -> Decision.ACCEPT;
            case "reject" -> Decision.REJECT;
            case "edit" -> Decision.edit(text);
            default -> throw new IllegalArgumentException("a decision is accept, reject or edit, not " + kind);
        };
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String refused(IllegalArgumentException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", e.getMessage());
        return "admin-revise-refused";
    }
}
