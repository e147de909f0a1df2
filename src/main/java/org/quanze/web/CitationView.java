package org.quanze.web;

import org.quanze.graph.Iris;
import org.quanze.graph.MintedIri;
import org.quanze.queries.Row;

/**
 * A citation as a page shows it: what the list wrote (title, reference, quote) and the article it
 * resolves to, with the official text when it is held (a document cited as a whole has no article);
 * how its version was found when the citation does not date it ({@code versionMatch}: inferred,
 * in-period, entry-into-force, near-date); and, when the cited version's text is not held but another
 * version's is, that version's article ({@code shown}), which the page shows saying which version it is.
 */
public record CitationView(String iri, String item, int ordinal, String title, String reference, String quote,
                           String repeats, String levelTag, String document, String documentTitle, String version,
                           String versionLabel, String article, Integer articleNumber, String articleText,
                           String paragraphText, boolean official, String versionMatch, Shown shown) {

    private static final String OFFICIAL = "https://w3id.org/quanze/ontology#OfficialText";

    /** The article of another version shown for a citation whose version's text is not held. */
    public record Shown(String version, String article, String text) {
    }

    public static CitationView of(Row r) {
        String versionLabel = r.text("versionDate") != null ? r.text("versionDate") : r.text("versionNumber");
        return new CitationView(r.iri("citation"), r.text("item"), r.count("ordinal") > 0 ? r.integer("ordinal") : 0,
                r.text("title"), r.text("reference"), r.text("quote"), r.text("repeats"), r.text("levelTag"),
                r.iri("document"), r.text("documentTitle"), r.iri("version"), versionLabel, r.iri("article"),
                r.integer("articleNumber"), r.text("articleText"), r.text("paragraphText"),
                OFFICIAL.equals(r.iri("status")), matchCode(r.iri("versionMatch")), null);
    }

    /** This citation showing another version's article. */
    public CitationView showing(Shown other) {
        return new CitationView(iri, item, ordinal, title, reference, quote, repeats, levelTag, document, documentTitle,
                version, versionLabel, article, articleNumber, articleText, paragraphText, official, versionMatch, other);
    }

    /** qz:VersionInferred → inferred, qz:VersionInPeriod → in-period, …: the code the page's messages use. */
    private static String matchCode(String iri) {
        if (iri == null) {
            return null;
        }
        String local = iri.substring(iri.indexOf('#') + 1).replaceFirst("^Version", "");
        return local.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the list cites the document as a whole, naming no article. */
    public boolean wholeDocument() {
        return article == null;
    }

    /** The anchor of the citation on its power's page: its role, item position and ordinal (duty-basis-3-1). */
    public String anchor() {
        return anchor(iri);
    }

    /** The anchor of a citation on its power's page, from its IRI (…/power/2/duty-basis/3/1 → duty-basis-3-1). */
    public static String anchor(String citationIri) {
        return Iris.citationOf(citationIri).map(MintedIri.CitationIri::anchor)
                .orElseThrow(() -> new IllegalArgumentException("not a citation's IRI: " + citationIri));
    }

    /**
     * How the list's quote compares with the official text, white space aside: "same" (the whole
     * article, or the paragraph cited), "part" (word for word, but only part of the article),
     * or "differs".
     */
    public String quoteStatus() {
        if (!official || quote == null) {
            return "differs";
        }
        String q = Texts.compact(quote);
        String text = Texts.compact(articleText);
        if (q.equals(text) || (paragraphText != null && q.equals(Texts.compact(paragraphText)))) {
            return "same";
        }
        return text != null && !q.isEmpty() && text.contains(q) ? "part" : "differs";
    }
}
