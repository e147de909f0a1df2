package org.quanze.graph;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.quanze.ingest.Findings;
import org.quanze.ingest.WarningKind;
import org.quanze.ingest.columns.ColumnRole;
import org.quanze.ingest.list.AccountabilityCase;
import org.quanze.ingest.list.Duty;
import org.quanze.ingest.list.ListFile;
import org.quanze.ingest.list.Power;
import org.quanze.ingest.list.PowerList;
import org.quanze.ingest.table.SourceTable;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * Turns a read list file into the statements of its named graph: the source file with every table
 * and cell verbatim, and for each list in it the list (department, region, year), its powers,
 * duties, cases, exemptions, the organisations they name, and the citations with the documents,
 * versions and articles they point to. Organisations and legal resources get IRIs from their names
 * alone, so that lists of different departments share them.
 */
public record ListGraphBuilder(Iris iris, Ontology ontology) {

    /**
     * The file's graph, its citations resolved with no official text known; warnings about what the
     * graph cannot say as the list does go to {@code findings}. The graph keeps every warning, the
     * reader's and these, as a finding on its cell.
     */
    public Model build(ListFile file, SourceFacts source, Findings findings) {
        return build(file, source, findings, KnownVersions.none());
    }

    /**
     * The file's graph; each citation gets the version {@code known} resolves it to among the
     * versions whose official text is known; warnings about what the graph cannot say as the list
     * does go to {@code findings}.
     */
    public Model build(ListFile file, SourceFacts source, Findings findings, KnownVersions known) {
        Statements s = new Statements(ModelFactory.createDefaultModel());
        Resource fileNode = sourceFile(s, file, source);
        Cells cells = new Cells(s, iris, fileNode, file);
        for (PowerList list : file.lists()) {
            list(s, list, fileNode, cells, findings, known);
        }
        ReadingFindings warnings = new ReadingFindings(s, iris, cells, fileNode);
        warnings.write(file.occurrences());
        warnings.write(findings.occurrences());
        return s.model();
    }

    private Resource sourceFile(Statements s, ListFile file, SourceFacts source) {
        Resource node = s.resource(iris.sourceFile(source.fileName()), QZ.SourceFile);
        s.text(node, QZ.fileName, source.fileName());
        s.text(node, QZ.sha256, source.sha256());
        node.addLiteral(QZ.byteSize, source.size());
        SourceTable only = file.tables().get(0);
        if (file.tables().size() == 1 && only.form() == SourceTable.Form.TEXT) {
            s.text(node, QZ.titleLine, only.titleLine());
        }
        s.zh(node, RDFS.label, source.fileName());
        return node;
    }

    private void list(Statements s, PowerList list, Resource file, Cells cells, Findings findings, KnownVersions known) {
        Organizations orgs = Organizations.of(s, iris, list.department());
        Resource node = s.resource(iris.list(list.slug()), QZ.PowerList);
        s.zh(node, RDFS.label, list.title());
        s.zh(node, DCTerms.title, list.title());
        s.integer(node, QZ.listNumber, list.listNumber());
        if (list.year() != null) {
            node.addLiteral(QZ.year, s.model().createTypedLiteral(list.year().toString(), XSDDatatype.XSDgYear));
        }
        s.link(node, QZ.department, orgs.body(list.department()));
        s.text(node, QZ.region, orgs.region());
        s.link(node, PROV.wasDerivedFrom, file);
        s.link(node, QZ.sourceTable, cells.table(list.table()));
        CitationWriter citations = new CitationWriter(s, iris, ontology, cells, findings, list.year(), known);
        PowerWriter powers = new PowerWriter(s, iris, list, cells, orgs, citations);
        for (Power power : list.powers()) {
            node.addProperty(QZ.hasPower, powers.write(power, category(s, list, power, findings)));
        }
    }

    private Resource category(Statements s, PowerList list, Power p, Findings findings) {
        if (p.category() == null) {
            return null;
        }
        return ontology.category(p.category()).orElseGet(() -> {
            int column = list.layout().column(ColumnRole.CATEGORY).orElse(1);
            findings.tally(WarningKind.UNKNOWN_CATEGORY, "category:" + p.category(), list.table().at(p.row(),
                    column), "power category \""
                    + p.category() + "\" is not in the category scheme: kept as a category of its own");
            Resource concept = s.resource(iris.category(p.category()), SKOS.Concept);
            s.zh(concept, SKOS.prefLabel, p.category());
            concept.addProperty(SKOS.inScheme, QZ.CATEGORY_SCHEME);
            return concept;
        });
    }

    /** The statements of one power and what hangs from it. */
    private record PowerWriter(Statements s, Iris iris, PowerList list, Cells cells, Organizations orgs,
                               CitationWriter citations) {

        Resource write(Power p, Resource category) {
            String iri = powerIri(p);
            Resource power = s.resource(iri, QZ.Power);
            s.integer(power, QZ.number, p.number());
            s.zh(power, QZ.name, p.name());
            s.zh(power, RDFS.label, p.name());
            s.zh(power, QZ.subItem, p.subItem());
            s.link(power, QZ.category, category);
            s.link(power, QZ.implementingBody, orgs.body(p.body()));
            s.link(power, QZ.undertakingUnit, orgs.unit(p.body(), p.unit()));
            s.zh(power, QZ.remark, p.remark());
            s.zh(power, QZ.accountabilityPreamble, p.casePreamble());
            cells.derive(power, p.sources());
            citations.write(power, QZ.hasBasis, iri, CitationRole.POWER_BASIS, p.basis());
            citations.write(power, QZ.dutiesBasis, iri, CitationRole.DUTY_BASIS, p.dutiesBasis());
            citations.write(power, QZ.casesBasis, iri, CitationRole.CASE_BASIS, p.casesBasis());
            for (Duty d : p.duties()) {
                power.addProperty(QZ.hasDuty, duty(p, iri, d));
            }
            for (AccountabilityCase c : p.cases()) {
                power.addProperty(QZ.hasAccountabilityCase, accountabilityCase(iri, c));
            }
            if (p.exemption() != null) {
                Resource exemption = s.resource(iris.exemption(iri), QZ.Exemption);
                s.text(exemption, QZ.text, p.exemption());
                s.zh(exemption, RDFS.label, p.exemption());
                int column = list.layout().column(ColumnRole.EXEMPTION).orElseThrow();
                cells.derive(exemption, p.sources().stream()
                        .filter(c -> c.column() == column && !c.isBlank()).toList());
                power.addProperty(QZ.hasExemption, exemption);
            }
            return power;
        }

        /** {@code list/SLUG/power/3}, and {@code …/power/3-2} for a second entry numbered 3. */
        private String powerIri(Power p) {
            return iris.power(iris.list(list.slug()), p.key());
        }

        private Resource duty(Power p, String power, Duty d) {
            Resource duty = s.resource(iris.duty(power, d.number()), QZ.Duty);
            s.integer(duty, QZ.number, d.number());
            s.zh(duty, QZ.name, d.name());
            s.zh(duty, RDFS.label, d.number() + ". " + d.name());
            s.zh(duty, QZ.description, d.description());
            s.text(duty, QZ.text, d.text());
            s.link(duty, QZ.responsibleUnit, orgs.unit(p.body(), d.unit()));
            s.integer(duty, QZ.line, d.line());
            cells.derive(duty, List.of(d.cell()));
            d.basis().forEach(b -> citations.write(duty, QZ.hasBasis, power, CitationRole.DUTY_BASIS, List.of(b)));
            return duty;
        }

        private Resource accountabilityCase(String power, AccountabilityCase c) {
            Resource node = s.resource(iris.accountabilityCase(power, c.number()), QZ.AccountabilityCase);
            s.integer(node, QZ.number, c.number());
            s.zh(node, RDFS.label, c.number() + ". " + c.description());
            s.zh(node, QZ.description, c.description());
            s.text(node, QZ.text, c.text());
            s.link(node, QZ.accountabilityBody, orgs.accountabilityBody(c.body()));
            s.integer(node, QZ.line, c.line());
            cells.derive(node, List.of(c.cell()));
            c.basis().forEach(b -> citations.write(node, QZ.hasBasis, power, CitationRole.CASE_BASIS, List.of(b)));
            return node;
        }
    }
}
