package org.quanze.web;

import org.quanze.graph.Iris;
import org.quanze.graph.MintedIri;

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

    public static CitationView of(CitationRow row) {
        CitationRow.Written w = row.written();
        CitationRow.Resolved r = row.resolved();
        String versionLabel = r.versionDate() != null ? r.versionDate() : r.versionNumber();
        return new CitationView(w.citation(), w.item(), (int) Math.max(0, w.ordinal()), w.title(), w.reference(),
                w.quote(), w.repeats(), w.levelTag(), r.document(), r.documentTitle(), r.version(), versionLabel,
                r.article(), r.articleNumber(), r.articleText(), r.paragraphText(), OFFICIAL.equals(r.status()),
                matchCode(r.versionMatch()), null);
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
