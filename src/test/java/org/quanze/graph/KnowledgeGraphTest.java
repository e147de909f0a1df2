package org.quanze.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.Fixtures.select;
import static org.quanze.Fixtures.value;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.store.Tdb2Store;

/** What the bundled data must give once loaded, asked the way a researcher would ask it. */
class KnowledgeGraphTest {

    @AutoClose
    private static final Tdb2Store store = Fixtures.loadedStore();

    private static String count(String classLabel) {
        return value(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?c rdfs:label \"" + classLabel
                + "\"@zh . ?x a ?c }");
    }

    @Test
    void shouldCountEntriesByTheChineseLabelsOfTheirClasses() {
        assertThat(count("权责清单")).isEqualTo("1");
        assertThat(count("权力事项")).isEqualTo("6");
        assertThat(count("责任事项")).isEqualTo("30");
        assertThat(count("追责情形")).isEqualTo("31");
        assertThat(count("免责事项")).isEqualTo("6");
        assertThat(count("法律法规")).isEqualTo("6");
        assertThat(count("机构")).isEqualTo("4");
    }

    @Test
    void shouldGroupPowersIntoThreeCategories() {
        List<Map<String, String>> rows = select(store, """
                SELECT ?label (COUNT(?p) AS ?n) WHERE { ?p a qz:Power ; qz:category/skos:prefLabel ?label
                  FILTER(lang(?label) = "zh") } GROUP BY ?label ORDER BY ?label""");
        assertThat(rows).extracting(r -> r.get("label") + "=" + r.get("n"))
                .containsExactlyInAnyOrder("行政强制=2", "行政检查=2", "其他行政权力=2");
    }

    @Test
    void shouldCountDutiesAndCasesPerPower() {
        List<Map<String, String>> rows = select(store, """
                SELECT ?n (COUNT(DISTINCT ?d) AS ?duties) (COUNT(DISTINCT ?c) AS ?cases) WHERE {
                  ?p a qz:Power ; qz:number ?n ; qz:hasDuty ?d ; qz:hasAccountabilityCase ?c }
                GROUP BY ?n ORDER BY ?n""");
        assertThat(rows).extracting(r -> r.get("duties")).containsExactly("4", "4", "5", "7", "5", "5");
        assertThat(rows).extracting(r -> r.get("cases")).containsExactly("5", "5", "5", "7", "5", "4");
    }

    @Test
    void shouldHaveOneBureauWithTwoUnitsAndOneAccountabilityBody() {
        assertThat(select(store, "SELECT ?u WHERE { ?b a org:FormalOrganization ; rdfs:label \"玉林市国家保密局\"@zh ; "
                + "org:hasUnit/rdfs:label ?u } ORDER BY ?u"))
                .extracting(r -> r.get("u")).containsExactly("保密业务科", "保密技术检查科");
        assertThat(select(store, "SELECT DISTINCT ?body WHERE { ?c qz:accountabilityBody/rdfs:label ?body }"))
                .extracting(r -> r.get("body")).containsExactly("驻市委办公室纪检监察组");
        assertThat(select(store, "SELECT DISTINCT ?b WHERE { ?p qz:implementingBody ?b }")).hasSize(1);
    }

    /** The document short title and article number of each citation backing a duty. */
    private static List<String> basisOfDuty(int power, int duty) {
        return select(store, """
                SELECT ?doc ?n ?version WHERE {
                  ?p a qz:Power ; qz:number %d ; qz:hasDuty ?d . ?d qz:number %d ; qz:hasBasis ?c .
                  ?c qz:citesArticle ?a ; qz:citesDocument/qz:shortTitle ?doc ; qz:citesVersion ?v .
                  ?a qz:articleNumber ?n . OPTIONAL { ?v eli:version_date ?version }
                } ORDER BY ?c""".formatted(power, duty))
                .stream().map(r -> r.get("doc") + " " + r.get("n") + (r.get("version") == null ? "" : " " + r.get("version")))
                .toList();
    }

    @Test
    void shouldTraceEachDutyToTheArticlesThatBackIt() {
        assertThat(basisOfDuty(3, 2)).containsExactly("保密检查工作规定 18", "保密检查工作规定 16");
        assertThat(basisOfDuty(2, 2)).containsExactly("保守国家秘密法 44 2010-04-29", "保密检查工作规定 20");
        assertThat(basisOfDuty(1, 3)).containsExactly("保守国家秘密法 45 2010-04-29");
    }

    @Test
    void shouldResolveSameAsOneToTheCitationsOfItemOne() {
        List<String> basis = select(store, """
                SELECT ?doc ?n ?version ?repeats WHERE {
                  ?p a qz:Power ; qz:number 6 ; qz:hasAccountabilityCase ?k . ?k qz:number 2 ; qz:hasBasis ?c .
                  ?c qz:citesArticle ?a ; qz:citesDocument/qz:shortTitle ?doc ; qz:citesVersion ?v ; qz:repeats ?r .
                  ?r qz:itemLabel ?repeats . ?a qz:articleNumber ?n . OPTIONAL { ?v eli:version_date ?version }
                } ORDER BY ?c""").stream()
                .map(r -> r.get("doc") + " " + r.get("n") + " " + r.get("version") + " repeats " + r.get("repeats")).toList();
        assertThat(basis).containsExactly("保守国家秘密法实施条例 44 2014-01-17 repeats 1-1",
                "涉及国家秘密的信息系统审批管理规定 26 null repeats 1-2");
    }

    @Test
    void shouldGiveTheOtherDutiesNoBasis() {
        assertThat(select(store, """
                SELECT ?d WHERE { ?d a qz:Duty ; qz:name ?name FILTER(STRSTARTS(?name, "其他"))
                  FILTER NOT EXISTS { ?d qz:hasBasis ?c } }""")).hasSize(6);
        assertThat(value(store, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a qz:Duty FILTER NOT EXISTS { ?d qz:hasBasis ?c } }"))
                .isEqualTo("6");
    }

    @Test
    void shouldCarryTheOfficialTextOnEveryResolvedArticleOf2010And2014() {
        assertThat(value(store, """
                SELECT DISTINCT ?t WHERE { ?c qz:citesArticle ?a . ?a qz:articleNumber 45 ; qz:text ?t .
                  ?v eli:has_part ?a ; eli:version_date "2010-04-29"^^xsd:date }"""))
                .isEqualTo("保密行政管理部门对保密检查中发现的非法获取、持有的国家秘密载体，应当予以收缴。");
        assertThat(select(store, """
                SELECT DISTINCT ?a WHERE { ?c qz:citesVersion ?v ; qz:citesArticle ?a . ?v qz:hasOfficialText true .
                  FILTER NOT EXISTS { ?a qz:text ?t ; qz:textStatus qz:OfficialText } }""")).isEmpty();
        assertThat(value(store, """
                SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?c qz:citesVersion ?v ; qz:citesArticle ?a .
                  ?v qz:hasOfficialText true }""")).isEqualTo("13");
    }

    @Test
    void shouldMarkTheArticlesOfTheFourDocumentsWithoutTextAsKnownOnlyFromTheList() {
        List<Map<String, String>> rows = select(store, """
                SELECT ?doc (COUNT(DISTINCT ?a) AS ?n) WHERE { ?c qz:citesArticle ?a ; qz:citesDocument/qz:shortTitle ?doc .
                  ?a qz:textStatus qz:KnownOnlyFromList FILTER NOT EXISTS { ?a qz:text ?t } } GROUP BY ?doc ORDER BY ?doc""");
        assertThat(rows).extracting(r -> r.get("doc"))
                .containsExactlyInAnyOrder("泄密案件查处办法", "保密检查工作规定", "涉及国家秘密的信息系统审批管理规定",
                        "广西壮族自治区行政过错责任追究办法");
        assertThat(value(store, "SELECT (COUNT(?a) AS ?n) WHERE { ?a qz:textStatus qz:NotInOfficialText }")).isEqualTo("0");
    }

    @Test
    void shouldResolveEachCitationToTheVersionItNames() {
        assertThat(select(store, """
                SELECT DISTINCT ?doc ?date WHERE { ?c qz:citesVersion ?v . ?v eli:realizes/qz:shortTitle ?doc ;
                  qz:hasOfficialText true ; eli:version_date ?date } ORDER BY ?doc"""))
                .extracting(r -> r.get("doc") + " " + r.get("date"))
                .containsExactly("保守国家秘密法 2010-04-29", "保守国家秘密法实施条例 2014-01-17");
    }

    @Test
    void shouldPointAParagraphCitationAtThatParagraph() {
        assertThat(value(store, """
                SELECT ?t WHERE { ?c qz:citedReference "第四章第二十三条第三款" ; qz:citesParagraph/qz:text ?t }"""))
                .isEqualTo("涉密信息系统应当按照规定，经检查合格后，方可投入使用。");
    }

    @Test
    void shouldKeepEveryVersionWithItsDates() {
        assertThat(select(store, """
                SELECT ?doc ?date ?force ?end WHERE { ?v a qz:LegalDocumentVersion ; qz:hasOfficialText true ;
                  eli:realizes/qz:shortTitle ?doc ; eli:version_date ?date ; eli:first_date_entry_in_force ?force
                  OPTIONAL { ?v eli:date_no_longer_in_force ?end } } ORDER BY ?doc ?date"""))
                .extracting(r -> r.get("doc") + " " + r.get("date") + " " + r.get("force") + " " + r.get("end"))
                .containsExactly("保守国家秘密法 2010-04-29 2010-10-01 2024-05-01",
                        "保守国家秘密法 2024-02-27 2024-05-01 null",
                        "保守国家秘密法实施条例 2014-01-17 2014-03-01 2024-09-01",
                        "保守国家秘密法实施条例 2024-07-10 2024-09-01 null");
    }

    @Test
    void shouldKeepEverySourceCellWithItsFileRowAndColumn() {
        assertThat(value(store, "SELECT (COUNT(?c) AS ?n) WHERE { ?c a qz:SourceCell }")).isEqualTo("95");
        assertThat(value(store, """
                SELECT ?text WHERE { ?p a qz:Power ; qz:number 1 ; prov:wasDerivedFrom ?cell .
                  ?cell qz:column 3 ; qz:row 3 ; qz:cellText ?text ; qz:sourceFile/qz:fileName "yulin-secrecy-bureau.txt" }"""))
                .isEqualTo("对非法获取、持有国家秘密载体的行政强制");
    }
}
