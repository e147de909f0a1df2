package org.quanze.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the Quanze ontology ({@code ontology/quanze.ttl}). A test checks that every
 * constant here is declared there, with labels in Chinese and English and a comment.
 */
public final class QZ {

    public static final String NS = "https://w3id.org/quanze/ontology#";
    public static final String CATEGORY_NS = "https://w3id.org/quanze/category/";
    public static final String LEVEL_NS = "https://w3id.org/quanze/level/";
    public static final Resource CATEGORY_SCHEME = ResourceFactory.createResource("https://w3id.org/quanze/category");
    public static final Resource LEVEL_SCHEME = ResourceFactory.createResource("https://w3id.org/quanze/level");

    public static final Resource PowerList = resource("PowerList");
    public static final Resource Power = resource("Power");
    public static final Resource Duty = resource("Duty");
    public static final Resource AccountabilityCase = resource("AccountabilityCase");
    public static final Resource Exemption = resource("Exemption");
    public static final Resource Organization = resource("Organization");
    public static final Resource Citation = resource("Citation");
    public static final Resource LegalDocument = resource("LegalDocument");
    public static final Resource LegalDocumentVersion = resource("LegalDocumentVersion");
    public static final Resource Chapter = resource("Chapter");
    public static final Resource Part = resource("Part");
    public static final Resource Section = resource("Section");
    public static final Resource Article = resource("Article");
    public static final Resource Paragraph = resource("Paragraph");
    public static final Resource Item = resource("Item");
    public static final Resource HistoryEvent = resource("HistoryEvent");
    public static final Resource TextStatus = resource("TextStatus");
    public static final Resource OfficialText = resource("OfficialText");
    public static final Resource KnownOnlyFromList = resource("KnownOnlyFromList");
    public static final Resource NotInOfficialText = resource("NotInOfficialText");
    public static final Resource UnreadableInOfficialText = resource("UnreadableInOfficialText");
    public static final Resource VersionMatch = resource("VersionMatch");
    public static final Resource VersionByEntryIntoForce = resource("VersionByEntryIntoForce");
    public static final Resource VersionInPeriod = resource("VersionInPeriod");
    public static final Resource VersionNearDate = resource("VersionNearDate");
    public static final Resource VersionInferred = resource("VersionInferred");
    public static final Resource SourceFile = resource("SourceFile");
    public static final Resource SourceCell = resource("SourceCell");
    public static final Resource Change = resource("Change");
    public static final Property changeKind = property("changeKind");
    public static final Property actor = property("actor");
    public static final Property changedGraph = property("changedGraph");
    public static final Resource SourceTable = resource("SourceTable");
    public static final Property hasPower = property("hasPower");
    public static final Property department = property("department");
    public static final Property region = property("region");
    public static final Property listNumber = property("listNumber");
    public static final Property year = property("year");
    public static final Property number = property("number");
    public static final Property name = property("name");
    public static final Property subItem = property("subItem");
    public static final Property category = property("category");
    public static final Property implementingBody = property("implementingBody");
    public static final Property undertakingUnit = property("undertakingUnit");
    public static final Property hasBasis = property("hasBasis");
    public static final Property dutiesBasis = property("dutiesBasis");
    public static final Property casesBasis = property("casesBasis");
    public static final Property hasDuty = property("hasDuty");
    public static final Property hasAccountabilityCase = property("hasAccountabilityCase");
    public static final Property hasExemption = property("hasExemption");
    public static final Property remark = property("remark");
    public static final Property accountabilityPreamble = property("accountabilityPreamble");
    public static final Property responsibleUnit = property("responsibleUnit");
    public static final Property accountabilityBody = property("accountabilityBody");
    public static final Property description = property("description");
    public static final Property text = property("text");
    public static final Property itemLabel = property("itemLabel");
    public static final Property itemNumber = property("itemNumber");
    public static final Property ordinal = property("ordinal");
    public static final Property levelTag = property("levelTag");
    public static final Property citedLevel = property("citedLevel");
    public static final Property citedTitle = property("citedTitle");
    public static final Property historyNote = property("historyNote");
    public static final Property citedEvent = property("citedEvent");
    public static final Property citedReference = property("citedReference");
    public static final Property citedChapter = property("citedChapter");
    public static final Property citedArticleNumber = property("citedArticleNumber");
    public static final Property citedParagraph = property("citedParagraph");
    public static final Property citedItem = property("citedItem");
    public static final Property quotedText = property("quotedText");
    public static final Property citesDocument = property("citesDocument");
    public static final Property citesVersion = property("citesVersion");
    public static final Property versionMatch = property("versionMatch");
    public static final Property citesArticle = property("citesArticle");
    public static final Property citesParagraph = property("citesParagraph");
    public static final Property repeats = property("repeats");
    public static final Property sourceText = property("sourceText");
    public static final Property shortTitle = property("shortTitle");
    public static final Property level = property("level");
    public static final Property documentNumber = property("documentNumber");
    public static final Property hasEvent = property("hasEvent");
    public static final Property date = property("date");
    public static final Property action = property("action");
    public static final Property orderNumber = property("orderNumber");
    public static final Property hasOfficialText = property("hasOfficialText");
    public static final Property textStatus = property("textStatus");
    public static final Property articleNumber = property("articleNumber");
    public static final Property chapterNumber = property("chapterNumber");
    public static final Property inChapter = property("inChapter");
    public static final Property inPart = property("inPart");
    public static final Property inSection = property("inSection");
    public static final Property preamble = property("preamble");
    public static final Property heading = property("heading");
    public static final Property sourceFile = property("sourceFile");
    public static final Property fileName = property("fileName");
    public static final Property sha256 = property("sha256");
    public static final Property byteSize = property("byteSize");
    public static final Property titleLine = property("titleLine");
    public static final Property firstLine = property("firstLine");
    public static final Property row = property("row");
    public static final Property column = property("column");
    public static final Property line = property("line");
    public static final Property columnHeader = property("columnHeader");
    public static final Property cellText = property("cellText");
    public static final Property sourceTable = property("sourceTable");
    public static final Property tableNumber = property("tableNumber");
    public static final Property sheetName = property("sheetName");
    public static final Property tableTitle = property("tableTitle");

    // Amendment impact: article correspondence between two versions
    public static final Resource VersionCorrespondence = resource("VersionCorrespondence");
    public static final Resource ArticleMapping = resource("ArticleMapping");
    public static final Resource Unchanged = resource("Unchanged");
    public static final Resource Renumbered = resource("Renumbered");
    public static final Resource Amended = resource("Amended");
    public static final Resource Split = resource("Split");
    public static final Resource Merged = resource("Merged");
    public static final Resource Repealed = resource("Repealed");
    public static final Property fromVersion = property("fromVersion");
    public static final Property toVersion = property("toVersion");
    public static final Property hasMapping = property("hasMapping");
    public static final Property oldArticle = property("oldArticle");
    public static final Property successor = property("successor");
    public static final Property successorParagraph = property("successorParagraph");
    public static final Property withoutPredecessor = property("withoutPredecessor");
    public static final Property curated = property("curated");
    public static final Property reason = property("reason");

    // Citation health
    public static final Resource CitationFinding = resource("CitationFinding");
    public static final Resource FindingKind = resource("FindingKind");
    public static final Resource LevelMismatch = resource("LevelMismatch");
    public static final Resource ChapterMismatch = resource("ChapterMismatch");
    public static final Resource MinorMisquote = resource("MinorMisquote");
    public static final Resource Misquote = resource("Misquote");
    public static final Resource NoSuchArticle = resource("NoSuchArticle");
    public static final Resource Unverifiable = resource("Unverifiable");
    public static final Resource OtherVersion = resource("OtherVersion");
    public static final Resource DanglingReference = resource("DanglingReference");
    public static final Property findingKind = property("findingKind");
    public static final Property aboutCitation = property("aboutCitation");
    public static final Property aboutEntry = property("aboutEntry");
    public static final Property findingRole = property("findingRole");
    public static final Property citedText = property("citedText");
    public static final Property knownText = property("knownText");
    public static final Property knownFrom = property("knownFrom");
    public static final Property comparedWith = property("comparedWith");
    public static final Property checkedGraph = property("checkedGraph");
    public static final Property healthFormat = property("healthFormat");
    public static final Resource Tally = resource("Tally");
    public static final Property tallyOf = property("tallyOf");
    public static final Property taggedLevel = property("taggedLevel");
    public static final Property tallyCount = property("tallyCount");
    public static final Property tallyList = property("tallyList");
    public static final Property tallyRole = property("tallyRole");
    public static final Property tallyKind = property("tallyKind");
    public static final Property tallyFacet = property("tallyFacet");
    public static final Property tallyClass = property("tallyClass");
    public static final Property tallyCoverage = property("tallyCoverage");
    public static final Resource CitationDigest = resource("CitationDigest");
    public static final Property digestOf = property("digestOf");
    public static final Property digestRows = property("digestRows");
    public static final Resource Finding = resource("Finding");
    public static final Resource ReadingFinding = resource("ReadingFinding");
    public static final Property message = property("message");
    public static final Property atSheet = property("atSheet");
    public static final Property atRow = property("atRow");
    public static final Property atColumn = property("atColumn");
    public static final Property datePrecision = property("datePrecision");
    public static final Property partialDate = property("partialDate");

    /** The concept of a kind of finding, by its local name. */
    public static Resource kind(String localName) {
        return resource(localName);
    }

    private QZ() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
