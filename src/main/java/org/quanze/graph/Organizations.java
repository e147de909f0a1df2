package org.quanze.graph;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.quanze.vocab.ORG;
import org.quanze.vocab.QZ;

/**
 * The organisations a list names. A body is known by its full name, so that two departments'
 * lists naming the same body share it; a unit by its body and its name (every bureau has its own
 * 保密业务科). Names that are relative to the list's city — 市统计局, 地州市商务主管部门, the
 * accountability body 驻市委办公室纪检监察组 — are made full with the region of the list: 市统计局
 * in a list of 克拉玛依市 is 克拉玛依市统计局; a name that cannot be completed is named under the
 * region ({@code org/克拉玛依市/地州市商务主管部门}) so that it is never confused with another
 * city's.
 */
record Organizations(Statements s, Iris iris, String region) {

    private static final Pattern REGION = Pattern.compile("^(.{2,12}?(?:自治区|省|自治州|地区|盟|市|县|旗|区))");
    /** How a list names its own city's bodies without the city's name. */
    private static final List<String> RELATIVE = List.of("地州市", "省级", "市级", "县级", "各", "本", "市", "县", "区");

    /** The organisations of a list of the department named: its region is read from that name. */
    static Organizations of(Statements s, Iris iris, String department) {
        return new Organizations(s, iris, region(department));
    }

    Resource body(String name) {
        if (name == null) {
            return null;
        }
        String full = full(name);
        String iri = region != null && isRelative(full) ? iris.unit(region, full) : iris.organization(full);
        Resource body = s.resource(iri, QZ.Organization, ORG.FormalOrganization);
        label(body, full);
        if (!full.equals(name)) {
            s.zh(body, SKOS.altLabel, name);
        }
        return body;
    }

    /** A unit of a body; the body itself when the list names the body as its own unit. */
    Resource unit(String bodyName, String unitName) {
        if (unitName == null) {
            return null;
        }
        if (bodyName == null || unitName.equals(bodyName) || full(unitName).equals(full(bodyName))) {
            return body(unitName);
        }
        Resource body = body(bodyName);
        Resource unit = s.resource(iris.unitOf(body.getURI(), unitName), QZ.Organization,
                ORG.OrganizationalUnit);
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

    /** 市统计局 → 克拉玛依市统计局 in a list of 克拉玛依市; other names as written. */
    private String full(String name) {
        if (region != null && region.endsWith("市") && name.startsWith("市") && !name.startsWith("市级")) {
            return region + name.substring(1);
        }
        return name;
    }

    private boolean isRelative(String name) {
        return !name.startsWith(region) && RELATIVE.stream().anyMatch(name::startsWith);
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
