package org.quanze.web.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.quanze.queries.Bindings;
import org.quanze.vocab.QZ;
import org.quanze.web.Links;
import org.quanze.web.PageQueries;
import org.quanze.web.linkeddata.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Atom feeds of what changed, from the change log ({@code …/graph/changes}): per list, every
 * write of its graph (load, reload, a published edition: any kind the log holds, by its label or else
 * as logged) and of the official texts of the documents it cites; per legal document, every write of
 * the official text of one of its versions. Each feed ends with the citation findings the last write
 * left (by kind), an entry whose id changes when they do. Entry ids are the change IRIs; times are
 * the log's. Served under the page of the list or document ({@code …/feed.atom}), through the answer
 * cache like every page: a write moves the generation, so a feed is never older than the log.
 */
@RestController
record FeedController(PageQueries queries, Links links, MessageSource messages) {

    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    static final String FEED = "/feed.atom";

    /**
     * What a feed is of: a list or a legal document, each under its own IRI segment and type, with its
     * own title, its query of changes and the variable that binds it there and in the findings query.
     * A list's feed links to its own health report, a document's to the whole one.
     */
    private record Subject(String segment, Resource type, String titleKey, String changesQuery, String variable,
                           String findingsVariable, boolean ownHealth) {
        static final Subject LIST = new Subject("list/", QZ.PowerList, "feed.title.list", "feed-list-changes", "list",
                "flist", true);
        static final Subject DOCUMENT = new Subject("law/", QZ.LegalDocument, "feed.title.document",
                "feed-document-changes", "document", "fdocument", false);

        String health(String base, String iri) {
            return ownHealth ? base + "/health?" + variable + "=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)
                    : base + "/health";
        }
    }

    @GetMapping("/id/list/{slug}" + FEED)
    ResponseEntity<String> list(@PathVariable String slug) {
        return feed(Subject.LIST, slug);
    }

    @GetMapping("/id/law/{key}" + FEED)
    ResponseEntity<String> document(@PathVariable String key) {
        return feed(Subject.DOCUMENT, key);
    }

    private ResponseEntity<String> feed(Subject subject, String local) {
        String iri = links.iri(subject.segment() + local);
        String title = title(iri, subject.type());
        List<FeedChange> changes = queries.list(subject.changesQuery(), PageQueries.iri(subject.variable(), iri),
                FeedChange.class);
        return answer(iri, say(subject.titleKey(), title), changes,
                Map.of(subject.findingsVariable(), NodeFactory.createURI(iri)), subject.health(base(), iri));
    }

    /**
     * No such list or document: a plain 404 (the HTML page would be labelled a feed, as the template
     * engine takes the content type from the path's extension).
     */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body("no such list or legal document: " + e.what() + "\n");
    }

    private String title(String iri, Resource type) {
        Map<String, Node> bound = Map.of("subject", NodeFactory.createURI(iri), "type", NodeFactory.createURI(type.getURI()));
        return queries.first("feed-subject", bound, FeedSubject.class).map(FeedSubject::title)
                .orElseThrow(() -> new NotFoundException(iri));
    }

    private ResponseEntity<String> answer(String iri, String title, List<FeedChange> changes, Map<String, Node> findingsOf,
                                          String health) {
        List<AtomFeeds.Entry> entries = new ArrayList<>();
        changes.forEach(c -> entries.add(entry(c)));
        Instant lastWrite = queries.first("feed-last-write", Map.of(), LastWrite.class).map(LastWrite::lastWrite)
                .map(Instant::parse).orElse(Instant.EPOCH);
        List<FindingCount> findings = queries.list("feed-findings", Bindings.bind(queries.query("feed-findings"),
                List.of("fdocument", "flist"), findingsOf), FindingCount.class);
        String id = iri + FEED;
        entries.add(findings(id, findings, lastWrite, health));
        Instant updated = entries.stream().map(AtomFeeds.Entry::updated).max(Instant::compareTo).orElse(lastWrite);
        String page = base() + links.page(iri);
        String atom = AtomFeeds.write(id, title, page + FEED, page, updated, entries);
        return ResponseEntity.ok().contentType(ATOM).body(atom);
    }

    /** A write of the list's graph or of an official text: "载入：《保守国家秘密法》2024-02-27 版（secrecy-law-2024.md）". */
    private AtomFeeds.Entry entry(FeedChange c) {
        String kind = kind(c.kind());
        String title = c.ofVersion()
                ? say("feed.entry.version", kind, c.documentTitle(), c.versionDate() != null ? c.versionDate() : links.page(c.version()))
                : say("feed.entry.list", kind);
        String files = c.fileNames() == null ? "" : c.fileNames();
        String text = say("feed.entry.text", kind, files, c.actor() == null ? "" : c.actor(), c.time());
        String link = c.ofVersion() ? base() + links.page(c.version()) : null;
        return new AtomFeeds.Entry(c.change(), title + (files.isEmpty() ? "" : " (" + files + ")"), link, c.instant(),
                c.actor(), text);
    }

    /**
     * The findings of the health graph, counted by kind, as the last write left them. The id carries a
     * digest of the counts: when they change, a reader sees a new entry.
     */
    private AtomFeeds.Entry findings(String feedId, List<FindingCount> counts, Instant lastWrite, String health) {
        long total = counts.stream().mapToLong(FindingCount::findings).sum();
        String byKind = counts.stream().map(f -> say("feed.findings.kind", label("health.kind." + f.kind(), f.kind()),
                f.findings())).collect(Collectors.joining(say("feed.findings.separator")));
        String digest = digest(counts.stream().map(f -> f.kind() + "=" + f.findings()).collect(Collectors.joining(";")));
        return new AtomFeeds.Entry(feedId + "#findings-" + digest, say("feed.findings.title", total), health, lastWrite,
                say("feed.findings.author"), total == 0 ? say("feed.findings.none") : byKind);
    }

    /** A kind of change by its label; a kind without one (a kind the log learnt later) as logged. */
    private String kind(String kind) {
        return label("feed.kind." + kind, kind);
    }

    private String label(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale());
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** The server's own address, for the absolute links a feed needs. */
    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
