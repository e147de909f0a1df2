package org.quanze.web;

import org.quanze.queries.Row;

/**
 * A citation as a page shows it: what the list wrote (title, reference, quote) and the article it
 * resolves to, with the official text when it is held. A document cited as a whole has no article.
 */
public record CitationView(String iri, String item, int ordinal, String title, String reference, String quote,
                           String repeats, String levelTag, String document, String documentTitle, String version,
                           String versionLabel, String article, Integer articleNumber, String articleText,
                           String paragraphText, boolean official) {

    private static final String OFFICIAL = "https://w3id.org/quanze/ontology#OfficialText";

    public static CitationView of(Row r) {
        String versionLabel = r.text("versionDate") != null ? r.text("versionDate") : r.text("versionNumber");
        return new CitationView(r.iri("citation"), r.text("item"), r.count("ordinal") > 0 ? r.integer("ordinal") : 0,
                r.text("title"), r.text("reference"), r.text("quote"), r.text("repeats"), r.text("levelTag"),
                r.iri("document"), r.text("documentTitle"), r.iri("version"), versionLabel, r.iri("article"),
                r.integer("articleNumber"), r.text("articleText"), r.text("paragraphText"),
                OFFICIAL.equals(r.iri("status")));
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
        String[] path = citationIri.split("/");
        return String.join("-", path[path.length - 3], path[path.length - 2], path[path.length - 1]);
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
