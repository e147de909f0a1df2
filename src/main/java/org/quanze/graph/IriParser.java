package org.quanze.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.graph.MintedIri.BasisItemIri;
import org.quanze.graph.MintedIri.CaseIri;
import org.quanze.graph.MintedIri.CategoryIri;
import org.quanze.graph.MintedIri.CellIri;
import org.quanze.graph.MintedIri.ChangeIri;
import org.quanze.graph.MintedIri.CitationIri;
import org.quanze.graph.MintedIri.CorrespondenceIri;
import org.quanze.graph.MintedIri.Division;
import org.quanze.graph.MintedIri.DivisionIri;
import org.quanze.graph.MintedIri.DocumentIri;
import org.quanze.graph.MintedIri.DutyIri;
import org.quanze.graph.MintedIri.EventIri;
import org.quanze.graph.MintedIri.FacetTallyIri;
import org.quanze.graph.MintedIri.ExemptionIri;
import org.quanze.graph.MintedIri.FindingIri;
import org.quanze.graph.MintedIri.FindingTallyIri;
import org.quanze.graph.MintedIri.GraphIri;
import org.quanze.graph.MintedIri.CitationDigestIri;
import org.quanze.graph.MintedIri.CitationTallyIri;
import org.quanze.graph.MintedIri.LevelTallyIri;
import org.quanze.graph.MintedIri.ListIri;
import org.quanze.graph.MintedIri.MappingIri;
import org.quanze.graph.MintedIri.CoverageTallyIri;
import org.quanze.graph.MintedIri.MemberTallyIri;
import org.quanze.graph.MintedIri.OrganizationIri;
import org.quanze.graph.MintedIri.PowerIri;
import org.quanze.graph.MintedIri.SourceFileIri;
import org.quanze.graph.MintedIri.Step;
import org.quanze.graph.MintedIri.TableIri;
import org.quanze.graph.MintedIri.TallyIri;
import org.quanze.graph.MintedIri.VersionIri;

/**
 * Reads the path of an IRI (what follows the base) back into what {@link Iris} minted it for. What
 * hangs from anything — a finding, an event — is read from the end; the rest from the first segment.
 * Null for a path no rule of {@link Iris} makes.
 */
final class IriParser {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    /** A power's number: one, or a range of them (compiled once: the search reads the kind of every hit from its IRI). */
    private static final Pattern POWER_NUMBER = Pattern.compile("\\d{1,9}(-\\d{1,9})?");
    private static final Pattern CELL = Pattern.compile("r(\\d{1,9})c(\\d{1,9})");
    private static final Pattern FINDING = Pattern.compile("([a-z]+(?:-[a-z]+)*)(?:-([2-9]|[1-9]\\d{1,8}))?");

    private IriParser() {
    }

    static MintedIri parse(String path) {
        String[] s = path.split("/", -1);
        if (s.length == 0 || Arrays.stream(s).anyMatch(String::isEmpty)) {
            return null;
        }
        int n = s.length;
        if (n >= 3 && s[n - 2].equals("finding")) {
            MintedIri subject = parse(join(s, 0, n - 2));
            Matcher m = FINDING.matcher(s[n - 1]);
            return subject == null || !m.matches() ? null
                    : new FindingIri(subject, m.group(1), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
        }
        if (n >= 3 && s[n - 2].equals("finding-tally")) {
            MintedIri subject = parse(join(s, 0, n - 2));
            Matcher m = FINDING.matcher(s[n - 1]);
            return (subject instanceof ListIri || subject instanceof SourceFileIri) && m.matches() && m.group(2) == null
                    ? new FindingTallyIri(subject, s[n - 1]) : null;
        }
        if (n >= 3 && s[n - 2].equals("citation-digest")) {
            MintedIri version = parse(join(s, 0, n - 2));
            return version instanceof VersionIri ? new CitationDigestIri(version, s[n - 1]) : null;
        }
        if (n >= 3 && s[n - 2].equals("citation-tally")) {
            MintedIri version = parse(join(s, 0, n - 2));
            return version instanceof VersionIri ? new CitationTallyIri(version, s[n - 1]) : null;
        }
        if (n >= 4 && s[n - 3].equals("level-tally")) {
            MintedIri document = parse(join(s, 0, n - 3));
            return document == null ? null : new LevelTallyIri(document, s[n - 2], s[n - 1]);
        }
        if (n >= 4 && s[n - 3].equals("tally")) {
            MintedIri article = parse(join(s, 0, n - 3));
            return article == null ? null : CitationRole.ofCode(s[n - 1])
                    .map(role -> (MintedIri) new TallyIri(article, new ListIri(s[n - 2]), role)).orElse(null);
        }
        if (n >= 3 && s[n - 2].equals("event") && isNumber(s[n - 1])) {
            MintedIri owner = parse(join(s, 0, n - 2));
            return owner == null ? null : new EventIri(owner, Integer.parseInt(s[n - 1]));
        }
        if (n >= 4 && s[0].equals("list") && s[2].equals("facet-tally")) {
            return facetTally(s);
        }
        if (n == 4 && s[0].equals("list") && s[2].equals("member-tally")) {
            return ListMember.ofCode(s[3]).map(m -> (MintedIri) new MemberTallyIri(new ListIri(s[1]), m)).orElse(null);
        }
        if (n == 4 && s[0].equals("list") && s[2].equals("coverage-tally")) {
            return CoverageBucket.ofCode(s[3]).map(b -> (MintedIri) new CoverageTallyIri(new ListIri(s[1]), b)).orElse(null);
        }
        return switch (s[0]) {
            case "list" -> list(s);
            case "source" -> source(s);
            case "org" -> n >= 2 && n <= 4 ? new OrganizationIri(List.of(s).subList(1, n)) : null;
            case "category" -> n == 2 ? new CategoryIri(s[1]) : null;
            case "law" -> law(s);
            case "graph" -> n >= 2 ? new GraphIri(join(s, 1, n)) : null;
            case "change" -> n == 3 && isNumber(s[2]) ? new ChangeIri(s[1], Integer.parseInt(s[2])) : null;
            default -> null;
        };
    }

    private static MintedIri facetTally(String[] s) {
        List<String> value = List.of(s).subList(4, s.length);
        return PowerFacet.ofCode(s[3]).filter(facet -> switch (facet) {
            case LIST -> value.isEmpty();
            case CATEGORY -> value.size() == 1;
            case UNIT -> !value.isEmpty() && value.size() <= 3;
        }).map(facet -> (MintedIri) new FacetTallyIri(new ListIri(s[1]), facet, value)).orElse(null);
    }

    private static MintedIri list(String[] s) {
        ListIri list = s.length >= 2 ? new ListIri(s[1]) : null;
        if (s.length <= 2) {
            return list;
        }
        if (!s[2].equals("power") || s.length < 4 || !POWER_NUMBER.matcher(s[3]).matches()) {
            return null;
        }
        PowerIri power = new PowerIri(list, s[3]);
        String[] rest = Arrays.copyOfRange(s, 4, s.length);
        return switch (rest.length) {
            case 0 -> power;
            case 1 -> rest[0].equals("exemption") ? new ExemptionIri(power) : null;
            case 2 -> entryOrItem(power, rest[0], rest[1]);
            case 3 -> isNumber(rest[1]) && isNumber(rest[2]) ? CitationRole.ofCode(rest[0])
                    .map(role -> new CitationIri(power, role, Integer.parseInt(rest[1]), Integer.parseInt(rest[2])))
                    .orElse(null) : null;
            default -> null;
        };
    }

    private static MintedIri entryOrItem(PowerIri power, String kind, String number) {
        if (!isNumber(number)) {
            return null;
        }
        int k = Integer.parseInt(number);
        if (kind.equals("duty")) {
            return new DutyIri(power, k);
        }
        if (kind.equals("case")) {
            return new CaseIri(power, k);
        }
        for (CitationRole role : CitationRole.values()) {
            if (kind.equals(role.code()) || kind.equals(role.allEntriesCode())) {
                return new BasisItemIri(power, role, !kind.equals(role.code()), k);
            }
        }
        return null;
    }

    private static MintedIri source(String[] s) {
        if (s.length < 2) {
            return null;
        }
        SourceFileIri file = new SourceFileIri(s[1]);
        if (s.length == 2) {
            return file;
        }
        if (s.length == 4 && s[2].equals("table") && isNumber(s[3])) {
            return new TableIri(file, Integer.parseInt(s[3]));
        }
        Matcher cell = CELL.matcher(s[s.length - 1]);
        if (s.length > 4 || !cell.matches()) {
            return null;
        }
        return new CellIri(file, s.length == 4 ? s[2] : null, Integer.parseInt(cell.group(1)),
                Integer.parseInt(cell.group(2)));
    }

    private static MintedIri law(String[] s) {
        if (s.length < 2) {
            return null;
        }
        DocumentIri document = new DocumentIri(s[1]);
        if (s.length == 2) {
            return document;
        }
        if (s[2].equals("correspondence")) {
            return correspondence(document, s);
        }
        VersionIri version = new VersionIri(document, s[2]);
        if (s.length == 3) {
            return version;
        }
        if (s.length % 2 == 0) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 3; i < s.length; i += 2) {
            Optional<Division> division = division(s[i]);
            // A part may be named by the name its file gives it (part/人格权编); everything else is numbered.
            if (division.isEmpty() || (division.get() != Division.PART && !isNumber(s[i + 1]))) {
                return null;
            }
            steps.add(new Step(division.get(), s[i + 1]));
        }
        return new DivisionIri(version, List.copyOf(steps));
    }

    private static MintedIri correspondence(DocumentIri document, String[] s) {
        if (s.length != 5 && s.length != 7) {
            return null;
        }
        CorrespondenceIri correspondence = new CorrespondenceIri(document, s[3], s[4]);
        if (s.length == 5) {
            return correspondence;
        }
        return s[5].equals("mapping") && isNumber(s[6]) ? new MappingIri(correspondence, Integer.parseInt(s[6])) : null;
    }

    private static Optional<Division> division(String segment) {
        return Arrays.stream(Division.values()).filter(d -> d.name().toLowerCase(Locale.ROOT).equals(segment)).findFirst();
    }

    private static boolean isNumber(String segment) {
        return NUMBER.matcher(segment).matches();
    }

    private static String join(String[] s, int from, int to) {
        return String.join("/", Arrays.copyOfRange(s, from, to));
    }
}
