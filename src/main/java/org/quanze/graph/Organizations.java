package org.quanze.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.quanze.ingest.list.PowerList;
import org.quanze.vocab.ORG;
import org.quanze.vocab.QZ;

/**
 * The organisations a list names. A body is known by its full name; a unit by its body and its
 * name (every bureau has its own 保密业务科); an accountability body, whose name is relative to
 * the city (驻市委办公室纪检监察组), by the region of the list and its name.
 */
final class Organizations {

    private static final Pattern REGION = Pattern.compile("^(.{2,12}?(?:自治区|省|自治州|地区|盟|市|县|旗|区))");

    private final Statements s;
    private final Iris iris;
    private final String region;

    Organizations(Statements s, Iris iris, PowerList list) {
        this.s = s;
        this.iris = iris;
        this.region = region(list.department());
    }

    String region() {
        return region;
    }

    Resource body(String name) {
        if (name == null) {
            return null;
        }
        Resource body = s.resource(iris.organization(name), QZ.Organization, ORG.FormalOrganization);
        label(body, name);
        return body;
    }

    /** A unit of a body; the body itself when the list names the body as its own unit. */
    Resource unit(String bodyName, String unitName) {
        if (unitName == null) {
            return null;
        }
        if (bodyName == null || unitName.equals(bodyName)) {
            return body(unitName);
        }
        Resource body = body(bodyName);
        Resource unit = s.resource(iris.unit(bodyName, unitName), QZ.Organization, ORG.OrganizationalUnit);
        label(unit, unitName);
        unit.addProperty(ORG.unitOf, body);
        body.addProperty(ORG.hasUnit, unit);
        return unit;
    }

    Resource accountabilityBody(String name) {
        if (name == null) {
            return null;
        }
        String iri = region == null || name.startsWith(region) ? iris.organization(name) : iris.unit(region, name);
        Resource body = s.resource(iri, QZ.Organization, ORG.Organization);
        label(body, name);
        return body;
    }

    private void label(Resource org, String name) {
        s.zh(org, RDFS.label, name);
        s.zh(org, SKOS.prefLabel, name);
    }

    /** The administrative region a body's name starts with (玉林市国家保密局 → 玉林市), or null. */
    static String region(String bodyName) {
        if (bodyName == null) {
            return null;
        }
        Matcher m = REGION.matcher(bodyName);
        return m.find() ? m.group(1) : null;
    }
}
