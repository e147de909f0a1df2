package org.quanze.web.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.quanze.sparql.RdfFormats;
import org.quanze.sparql.RdfResponses;
import org.quanze.vocab.Prefixes;
import org.quanze.web.Links;
import org.quanze.web.PageQueries;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Every IRI Quanze mints resolves here ({@code /id/…}): to its page for a browser, or to its
 * description in Turtle, JSON-LD, N-Triples or RDF/XML by the Accept header or {@code ?format=}
 * (a permalink), with {@code Vary: Accept} and {@code Link: rel="alternate"} for every format.
 */
@Controller
record ResourceController(PageQueries queries, Links links, List<ResourcePage> pages) {

    static final String REDIRECT = "redirect:";

    /** The pages in their order: the first that renders an IRI shows it. */
    ResourceController {
        pages = pages.stream().sorted(Comparator.comparingInt(ResourcePage::order)).toList();
    }

    @GetMapping("/id/**")
    String resource(HttpServletRequest request, HttpServletResponse response,
                    @RequestParam(name = "format", required = false) String format,
                    org.springframework.ui.Model model) throws IOException {
        String path = decodedPath(request);
        String iri = links.iri(path);
        Set<String> types = typesOf(iri);
        alternates(response, request.getRequestURI(), model);
        Optional<RdfFormats.Format> rdf = format != null ? RdfFormats.byName(format) : RdfFormats.preferred(request.getHeader("Accept"));
        if (format != null && rdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "unknown format " + format);
            return null;
        }
        if (format == null && rdf.isEmpty() && !RdfFormats.acceptsAny(request.getHeader("Accept"), true)) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
            return null;
        }
        if (rdf.isPresent()) {
            RdfResponses.write(describe("describe", iri), rdf.get(), response);
            return null;
        }
        model.addAttribute("jsonld", jsonLd(describe("describe-own", iri)));
        for (ResourcePage page : pages) {
            if (page.handles(types)) {
                Optional<String> view = page.render(iri, model);
                if (view.isPresent() && view.get().startsWith(REDIRECT)) {
                    // A part shown on its container's page: 303 See Other, as linked data does.
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", view.get().substring(REDIRECT.length()));
                    return null;
                }
                if (view.isPresent()) {
                    return view.get();
                }
            }
        }
        throw new NotFoundException(iri);
    }

    private Set<String> typesOf(String iri) {
        Set<String> types = new HashSet<>();
        for (ResourceType r : queries.list("resource-types", PageQueries.iri("iri", iri), ResourceType.class)) {
            types.add(r.type());
        }
        if (types.isEmpty() && queries.first("resource-known", PageQueries.iri("iri", iri), ResourceKnown.class).isEmpty()) {
            throw new NotFoundException(iri);
        }
        return types;
    }

    /** {@code query}: describe (what is said of it and what points to it) or describe-own (the former alone). */
    private Model describe(String query, String iri) {
        Model description = queries.construct(query, PageQueries.iri("iri", iri));
        description.setNsPrefixes(Prefixes.withData(links.base()));
        return description;
    }

    /** The description as JSON-LD to embed in the page; "</" is escaped so it cannot end the script element. */
    private static String jsonLd(Model description) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, description, RDFFormat.JSONLD11);
        return out.toString().replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    private static void alternates(HttpServletResponse response, String uri, org.springframework.ui.Model model) {
        response.addHeader("Vary", "Accept");
        List<Alternate> alternates = RdfFormats.ALL.stream()
                .map(f -> new Alternate(uri + "?format=" + f.name(), f.mediaType().toString(), f.name())).toList();
        for (Alternate a : alternates) {
            response.addHeader("Link", "<" + a.href() + ">; rel=\"alternate\"; type=\"" + a.type() + "\"");
        }
        model.addAttribute("alternates", alternates);
    }

    /** A link to the same resource in another format. */
    record Alternate(String href, String type, String name) {
    }

    private static String decodedPath(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length() + Links.ID_PATH.length());
        StringBuilder sb = new StringBuilder();
        for (String segment : raw.split("/", -1)) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(UriUtils.decode(segment, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
