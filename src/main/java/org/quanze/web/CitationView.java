package org.quanze.web;

/**
 * A citation as a page shows it: what the list wrote (title, reference, quote) and the article it
 * resolves to, with the official text when it is held.
 */
public record CitationView(String iri, String item, int ordinal, String title, String reference, String quote,
                           String repeats, String levelTag, String document, String documentTitle, String version,
                           String versionLabel, String article, int articleNumber, String articleText,
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

    /** Whether the list's quote says exactly what the official text (or the cited paragraph) says. */
    public boolean quoteMatches() {
        if (!official || quote == null) {
            return false;
        }
        String q = Texts.compact(quote);
        return q.equals(Texts.compact(articleText)) || (paragraphText != null && q.equals(Texts.compact(paragraphText)));
    }
}
