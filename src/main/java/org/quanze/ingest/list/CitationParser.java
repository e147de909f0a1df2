package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import org.quanze.ingest.Findings;
import org.quanze.ingest.Location;
import org.quanze.ingest.WarningKind;

/**
 * Parses the citations of one basis item: one or more documents, each
 * {@code 【level】《title》（history）} followed by its article references
 * ({@code 第四章第十七条：quote 第四章第十六条：quote}, {@code 第十六条、第十七条}). A new document
 * starts at a 【 after the end of a sentence, or at a 《 (or a titled line) at the start of a line.
 * A document cited without any article is a citation of the document as a whole, and reported.
 */
final class CitationParser {

    /** Maps an offset in the parsed text to the place in the file. */
    private final IntFunction<Location> at;
    private final Findings findings;

    CitationParser(IntFunction<Location> at, Findings findings) {
        this.at = at;
        this.findings = findings;
    }

    /** The citations of {@code text}; empty when it names no document at all. */
    List<DocumentCitation> parse(String text) {
        List<DocumentCitation> citations = new ArrayList<>();
        int start = nextHead(text, 0);
        String lead = start < 0 ? text : text.substring(0, start);
        Matcher bare = ArticleRefs.REF.matcher(lead).region(Texts.skipBlank(lead, 0), lead.length());
        if (bare.lookingAt()) {
            findings.add(WarningKind.MISSING_TITLE, at.apply(bare.start()), Texts.squeeze(bare.group())
                    + " names no document before it: kept verbatim in its cell, no citation is made of it");
        } else if (start >= 0 && !lead.isBlank()) {
            findings.tally(WarningKind.UNREAD_TEXT, "lead-text", at.apply(0), "text before the first cited document is "
                    + "no citation: kept verbatim in its cell");
        }
        if (start < 0) {
            return citations;
        }
        while (start >= 0) {
            CitationHead head = CitationHead.read(text, start, at, findings);
            int next = nextHead(text, Math.max(head.end(), start + 1));
            int end = next < 0 ? text.length() : next;
            if (head.title() != null) {
                List<ArticleRef> refs = new ArticleRefs(text, at, findings).find(head.end(), end);
                String unreferenced = refs.isEmpty() ? wholeDocument(text, head, end) : null;
                citations.add(new DocumentCitation(head.levelTag(), head.title(), head.history(), refs, unreferenced));
            }
            start = next;
        }
        return citations;
    }

    private static int nextHead(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (CitationHead.startsAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Reports a document cited without an article, and gives what the list writes after its title. */
    private String wholeDocument(String text, CitationHead head, int end) {
        String after = Texts.squeeze(text.substring(head.end(), end));
        String what = after.matches("^第[一二三四五六七八九十百零〇0-9]+章.*") ? " (only chapters: "
                + after.replaceAll("^((?:第[^章]+章[、，,和及与]?)+).*$", "$1") + ")" : "";
        String title = Texts.squeeze(head.title());
        findings.tally(WarningKind.NO_ARTICLE, "whole-document:" + DocumentCitation.key(head.title()),
                at.apply(head.start()),
                (title.contains("《") ? title : "《" + title + "》") + " is cited without an article (第…条)" + what
                        + ": cited as the document as a whole, not linked to an article");
        return after;
    }
}
