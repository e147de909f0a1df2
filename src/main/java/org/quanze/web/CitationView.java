package org.quanze.web;

import org.quanze.graph.Iris;
import org.quanze.graph.MintedIri;

/**
 * A citation as a page shows it, in named parts: what the list wrote ({@link Written}), the article it
 * resolves to with the official text when it is held ({@link Resolved}; a document cited as a whole has no
 * article), and, when the cited version's text is not held but another version's is, that version's
 * article ({@link Shown}), which the page shows saying which version it is.
 *
 * @param iri the citation's IRI (its anchor on the power's page)
 */
public record CitationView(String iri, Written written, Resolved resolved, Shown shown) {

    private static final String OFFICIAL = "https://w3id.org/quanze/ontology#OfficialText";

    /**
     * What the list wrote (for a 同N: what the repeated item wrote).
     *
     * @param ordinal the citation's place in its item
     * @param repeats the item label of the citation a 同N repeats; null for a citation written out
     */
    public record Written(String item, int ordinal, String title, String reference, String quote, String repeats,
                          String levelTag) {
    }

    /**
     * The document, version and article the citation resolves to, with the article's (and the cited
     * paragraph's) official text, and how the version was found when the citation does not date it.
     *
     * @param versionLabel the version's date, or its document number
     * @param official     whether the article's text is the official one (held)
     * @param versionMatch inferred, in-period, entry-into-force or near-date; null when the citation dates it
     */
    public record Resolved(String document, String documentTitle, String version, String versionLabel, String article,
                           Integer articleNumber, String articleText, String paragraphText, boolean official,
                           String versionMatch) {
    }

    /** The article of another version shown for a citation whose version's text is not held. */
    public record Shown(String version, String article, String text) {
    }

    public static CitationView of(CitationRow row) {
        CitationRow.Written w = row.written();
        CitationRow.Resolved r = row.resolved();
        String versionLabel = r.versionDate() != null ? r.versionDate() : r.versionNumber();
        return new CitationView(w.citation(),
                new Written(w.item(), (int) Math.max(0, w.ordinal()), w.title(), w.reference(), w.quote(), w.repeats(),
                        w.levelTag()),
                new Resolved(r.document(), r.documentTitle(), r.version(), versionLabel, r.article(), r.articleNumber(),
                        r.articleText(), r.paragraphText(), OFFICIAL.equals(r.status()), matchCode(r.versionMatch())),
                null);
    }

    /** This citation showing another version's article. */
    public CitationView showing(Shown other) {
        return new CitationView(iri, written, resolved, other);
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
        return resolved.article() == null;
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
        String quote = written.quote();
        if (!resolved.official() || quote == null) {
            return "differs";
        }
        String q = Texts.compact(quote);
        String text = Texts.compact(resolved.articleText());
        String paragraphText = resolved.paragraphText();
        if (q.equals(text) || (paragraphText != null && q.equals(Texts.compact(paragraphText)))) {
            return "same";
        }
        return text != null && !q.isEmpty() && text.contains(q) ? "part" : "differs";
    }
}
