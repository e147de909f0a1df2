package org.quanze.graph;

import java.util.List;

/**
 * What an IRI of Quanze names, as {@link Iris#parse} reads it back: one record per kind of thing the
 * product mints. Names and slugs are the segments as the IRI holds them (ASCII punctuation
 * percent-encoded, Chinese as it is), so that minting them again gives the same IRI.
 */
public sealed interface MintedIri {

    /** {@code list/SLUG}: a list (a file of several lists numbers them, {@code FILE-2}). */
    record ListIri(String slug) implements MintedIri {
    }

    /** {@code list/SLUG/power/KEY}: the key is the 序号, or {@code 3-2} for the second entry numbered 3. */
    record PowerIri(ListIri list, String key) implements MintedIri {
    }

    /** {@code …/power/KEY/duty/N}. */
    record DutyIri(PowerIri power, int number) implements MintedIri {
    }

    /** {@code …/power/KEY/case/N}. */
    record CaseIri(PowerIri power, int number) implements MintedIri {
    }

    /** {@code …/power/KEY/exemption}. */
    record ExemptionIri(PowerIri power) implements MintedIri {
    }

    /** {@code …/power/KEY/ROLE/ITEM/ORDINAL}: the cell by role, the item's position in it, the reference's place in the item. */
    record CitationIri(PowerIri power, CitationRole role, int item, int ordinal) implements MintedIri {

        /** The citation's anchor on its power's page ({@code duty-basis-3-1}). */
        public String anchor() {
            return role.code() + "-" + item + "-" + ordinal;
        }
    }

    /**
     * {@code …/power/KEY/ROLE/ITEM} (or {@code duties-basis}, {@code cases-basis} for an item backing all
     * the duties or cases): a basis item that makes no citation, named by the findings about it.
     */
    record BasisItemIri(PowerIri power, CitationRole role, boolean allEntries, int item) implements MintedIri {
    }

    /** {@code OWNER/event/N}: an event of a version's history, or of a citation's history note. */
    record EventIri(MintedIri owner, int number) implements MintedIri {
    }

    /** {@code SUBJECT/finding/KIND}, {@code …/KIND-2} for a second finding of that kind there. */
    record FindingIri(MintedIri subject, String kind, int number) implements MintedIri {
    }

    /** {@code ARTICLE/tally/LIST-SLUG/ROLE}: the citations of an article one list makes in one role, counted at load time. */
    record TallyIri(MintedIri article, ListIri list, CitationRole role) implements MintedIri {
    }

    /** {@code DOCUMENT/level-tally/FILE/LEVEL}: the citations of a list file that tag a document with a level, counted at load time. */
    record LevelTallyIri(MintedIri document, String file, String level) implements MintedIri {
    }

    /** {@code VERSION/citation-digest/FILE}: a list file's citations of one version, digested at load time. */
    record CitationDigestIri(MintedIri version, String file) implements MintedIri {
    }

    /** {@code VERSION/citation-tally/FILE}: a list file's citations of one version, counted at load time. */
    record CitationTallyIri(MintedIri version, String file) implements MintedIri {
    }

    /** {@code SUBJECT/finding-tally/KIND}: the findings of one kind of a list or of a list file, counted at load time. */
    record FindingTallyIri(MintedIri subject, String kind) implements MintedIri {
    }

    /**
     * {@code LIST/facet-tally/FACET/VALUE…}: the powers of one list with one value of a facet (a category's name,
     * an undertaking unit's path under {@code org/}; none for the list itself), counted at load time.
     */
    record FacetTallyIri(ListIri list, PowerFacet facet, List<String> value) implements MintedIri {
    }

    /** {@code LIST/member-tally/MEMBER}: the duties, cases or citations of one list, counted at load time. */
    record MemberTallyIri(ListIri list, ListMember member) implements MintedIri {
    }

    /** {@code LIST/coverage-tally/BUCKET}: the citations of one list in one column of /health's coverage table, counted at load time. */
    record CoverageTallyIri(ListIri list, CoverageBucket bucket) implements MintedIri {
    }

    /** {@code source/FILE}. */
    record SourceFileIri(String fileName) implements MintedIri {
    }

    /** {@code source/FILE/table/N}. */
    record TableIri(SourceFileIri file, int number) implements MintedIri {
    }

    /** {@code source/FILE/r3c7}, or {@code source/FILE/SHEET/r22c2} for a cell of a workbook's sheet (the sheet's row). */
    record CellIri(SourceFileIri file, String sheet, int row, int column) implements MintedIri {
    }

    /** {@code org/NAME}, {@code org/BODY/UNIT}, {@code org/REGION/BODY/UNIT}: the names from the outermost. */
    record OrganizationIri(List<String> names) implements MintedIri {
    }

    /** {@code category/LABEL}: a power category the category scheme does not know. */
    record CategoryIri(String label) implements MintedIri {
    }

    /** {@code law/KEY}. */
    record DocumentIri(String key) implements MintedIri {
    }

    /** {@code law/KEY/SLUG}: a date, a month or a year, {@code cited-2024}, {@code undated}. */
    record VersionIri(DocumentIri document, String slug) implements MintedIri {
    }

    /**
     * A part of a version's text, outermost first ({@code …/part/2/chapter/1}, {@code …/article/45/paragraph/1}):
     * the kind of the last step is what it is.
     */
    record DivisionIri(VersionIri version, List<Step> steps) implements MintedIri {

        public Division kind() {
            return steps.get(steps.size() - 1).division();
        }
    }

    /** One step of a division's path: {@code article/45}. */
    record Step(Division division, String value) {
    }

    enum Division {
        PART, CHAPTER, SECTION, ARTICLE, PARAGRAPH, ITEM
    }

    /** {@code law/KEY/correspondence/OLD/NEW}: how the articles of one version became those of the next. */
    record CorrespondenceIri(DocumentIri document, String oldSlug, String newSlug) implements MintedIri {
    }

    /** {@code …/correspondence/OLD/NEW/mapping/N}: what became of old article N. */
    record MappingIri(CorrespondenceIri correspondence, int oldArticle) implements MintedIri {
    }

    /** {@code graph/NAME}: a file's graph, or {@code ontology}, {@code derived}, {@code health}, {@code health/FILE} (a list file's findings), {@code changes}, {@code correspondence/…}. */
    record GraphIri(String name) implements MintedIri {
    }

    /** {@code change/INSTANT/N}: one write recorded in the change log. */
    record ChangeIri(String when, int number) implements MintedIri {
    }
}
