package org.quanze.web.law;

import org.quanze.vocab.QZ;
import org.quanze.web.Links;
import org.quanze.graph.Iris;
import org.quanze.web.PageQueries;
import org.quanze.web.list.ListTitles;
import org.quanze.web.linkeddata.FactsPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pages of the law: an article (its text by paragraph and item, its version and dates, its
 * neighbours, and everything that cites it: per list and role, and in full with what the list quoted
 * for the first lists, {@link CitedBy}); a legal document (its level, its versions, and its cited
 * articles with their counts); one version (its dates and history, and its articles by chapter with
 * their citations).
 */
@Configuration(proxyBeanMethods = false)
class LawPages {

    @Bean
    FactsPage articlePage(PageQueries queries, Iris iris, ListTitles titles) {
        return new FactsPage(queries, 30, QZ.Article, "article", ArticleFacts.class)
                .with("paragraphs", iri -> ArticleParagraph.of(queries, iri))
                .with("neighbours", iri -> ArticleNeighbour.of(queries, iris, iri))
                .with("citedBy", iri -> CitedBy.read(queries, iris, titles.all(), iri))
                .with("roles", iri -> CitedBy.ROLES);
    }

    @Bean
    FactsPage documentPage(PageQueries queries, Links links) {
        return new FactsPage(queries, 40, QZ.LegalDocument, "document", DocumentFacts.class)
                // The document's Atom feed, under its page (see org.quanze.web.feed).
                .with("feed", iri -> links.page(iri) + "/feed.atom")
                .rows("versions", "document-versions", DocumentVersion.class)
                .rows("articles", "document-cited-articles", CitedArticle.class);
    }

    @Bean
    FactsPage versionPage(PageQueries queries) {
        return new FactsPage(queries, 41, QZ.LegalDocumentVersion, "version", VersionFacts.class)
                .rows("events", "version-events", VersionEvent.class)
                .rows("articles", "version-articles", VersionArticle.class);
    }
}
