package org.quanze.graph;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.quanze.ingest.Finding;
import org.quanze.ingest.list.AccountabilityCase;
import org.quanze.ingest.list.Duty;
import org.quanze.ingest.list.Power;
import org.quanze.ingest.list.PowerList;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * Turns a read list into the statements of its named graph: the source file and every cell
 * verbatim, the list, its powers, duties, cases, exemptions, the organisations they name, and the
 * citations with the documents, versions and articles they point to.
 */
public final class ListGraphBuilder {

    private final Iris iris;
    private final Ontology ontology;

    public ListGraphBuilder(Iris iris, Ontology ontology) {
        this.iris = iris;
        this.ontology = ontology;
    }

    public Model build(PowerList list, SourceFacts source, List<Finding> findings) {
        Statements s = new Statements(ModelFactory.createDefaultModel());
        Resource file = sourceFile(s, list, source);
        Cells cells = new Cells(s, iris, file, list);
        Organizations orgs = new Organizations(s, iris, list);
        Resource listNode = s.resource(iris.list(list.slug()), QZ.PowerList);
        s.zh(listNode, RDFS.label, list.title());
        s.zh(listNode, DCTerms.title, list.title());
        s.integer(listNode, QZ.listNumber, list.listNumber());
        s.link(listNode, QZ.department, orgs.body(list.department()));
        s.text(listNode, QZ.region, orgs.region());
        s.link(listNode, PROV.wasDerivedFrom, file);
        CitationWriter citations = new CitationWriter(s, iris, ontology, cells, findings);
        for (Power power : list.powers()) {
            listNode.addProperty(QZ.hasPower, power(s, list, power, cells, orgs, citations, findings));
        }
        return s.model();
    }

    private Resource sourceFile(Statements s, PowerList list, SourceFacts source) {
        Resource file = s.resource(iris.sourceFile(source.fileName()), QZ.SourceFile);
        s.text(file, QZ.fileName, source.fileName());
        s.text(file, QZ.sha256, source.sha256());
        file.addLiteral(QZ.byteSize, source.size());
        s.text(file, QZ.titleLine, list.table().titleLine());
        s.zh(file, RDFS.label, source.fileName());
        return file;
    }

    private Resource power(Statements s, PowerList list, Power p, Cells cells, Organizations orgs,
                           CitationWriter citations, List<Finding> findings) {
        Resource power = s.resource(iris.power(list.slug(), p.number()), QZ.Power);
        s.integer(power, QZ.number, p.number());
        s.zh(power, QZ.name, p.name());
        s.zh(power, RDFS.label, p.name());
        s.zh(power, QZ.subItem, p.subItem());
        s.link(power, QZ.category, category(s, list, p, findings));
        Resource body = orgs.body(p.body());
        s.link(power, QZ.implementingBody, body);
        s.link(power, QZ.undertakingUnit, orgs.unit(p.body(), p.unit()));
        s.zh(power, QZ.remark, p.remark());
        s.zh(power, QZ.accountabilityPreamble, p.casePreamble());
        for (SourceCell cell : p.row().cells()) {
            power.addProperty(PROV.wasDerivedFrom, cells.cell(cell));
        }
        citations.write(power, list.slug(), p.number(), CitationWriter.POWER_BASIS, p.basis());
        for (Duty d : p.duties()) {
            power.addProperty(QZ.hasDuty, duty(s, list, p, d, cells, orgs, citations));
        }
        for (AccountabilityCase c : p.cases()) {
            power.addProperty(QZ.hasAccountabilityCase, accountabilityCase(s, list, p, c, cells, orgs, citations));
        }
        if (p.exemption() != null) {
            Resource exemption = s.resource(iris.exemption(list.slug(), p.number()), QZ.Exemption);
            s.text(exemption, QZ.text, p.exemption());
            s.zh(exemption, RDFS.label, p.exemption());
            cells.derive(exemption, p.row(), org.quanze.ingest.columns.ColumnRole.EXEMPTION);
            power.addProperty(QZ.hasExemption, exemption);
        }
        return power;
    }

    private Resource duty(Statements s, PowerList list, Power p, Duty d, Cells cells, Organizations orgs,
                          CitationWriter citations) {
        Resource duty = s.resource(iris.duty(list.slug(), p.number(), d.number()), QZ.Duty);
        s.integer(duty, QZ.number, d.number());
        s.zh(duty, QZ.name, d.name());
        s.zh(duty, RDFS.label, d.number() + ". " + d.name());
        s.zh(duty, QZ.description, d.description());
        s.text(duty, QZ.text, d.text());
        s.link(duty, QZ.responsibleUnit, orgs.unit(p.body(), d.unit()));
        s.integer(duty, QZ.line, d.line());
        cells.derive(duty, p.row(), org.quanze.ingest.columns.ColumnRole.DUTIES);
        d.basis().forEach(b -> citations.write(duty, list.slug(), p.number(), CitationWriter.DUTY_BASIS, List.of(b)));
        return duty;
    }

    private Resource accountabilityCase(Statements s, PowerList list, Power p, AccountabilityCase c, Cells cells,
                                        Organizations orgs, CitationWriter citations) {
        Resource node = s.resource(iris.accountabilityCase(list.slug(), p.number(), c.number()), QZ.AccountabilityCase);
        s.integer(node, QZ.number, c.number());
        s.zh(node, RDFS.label, c.number() + ". " + c.description());
        s.zh(node, QZ.description, c.description());
        s.text(node, QZ.text, c.text());
        s.link(node, QZ.accountabilityBody, orgs.accountabilityBody(c.body()));
        s.integer(node, QZ.line, c.line());
        cells.derive(node, p.row(), org.quanze.ingest.columns.ColumnRole.CASES);
        c.basis().forEach(b -> citations.write(node, list.slug(), p.number(), CitationWriter.CASE_BASIS, List.of(b)));
        return node;
    }

    private Resource category(Statements s, PowerList list, Power p, List<Finding> findings) {
        if (p.category() == null) {
            return null;
        }
        return ontology.category(p.category()).orElseGet(() -> {
            findings.add(new Finding(cellsLocation(list, p), "power category \"" + p.category()
                    + "\" is not in the category scheme: kept as a category of its own"));
            Resource concept = s.resource(iris.category(p.category()), org.apache.jena.vocabulary.SKOS.Concept);
            s.zh(concept, org.apache.jena.vocabulary.SKOS.prefLabel, p.category());
            concept.addProperty(org.apache.jena.vocabulary.SKOS.inScheme, QZ.CATEGORY_SCHEME);
            return concept;
        });
    }

    private static org.quanze.ingest.Location cellsLocation(PowerList list, Power p) {
        SourceRow row = p.row();
        int column = list.layout().column(org.quanze.ingest.columns.ColumnRole.CATEGORY).orElse(1);
        return new org.quanze.ingest.Location(list.table().fileName(), row.number(), column, row.line());
    }
}
