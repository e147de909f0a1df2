package org.quanze.ingest.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.ingest.columns.ColumnRole;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.table.TextTableReader;

class PowerListReaderTest {

    private static PowerList list;

    @BeforeAll
    static void read() {
        list = new PowerListReader(HeaderNames.standard()).read("yulin-secrecy-bureau",
                new TextTableReader().read("yulin-secrecy-bureau.txt", Fixtures.bytes(Fixtures.YULIN)));
    }

    private static Power power(int n) {
        return list.powers().get(n - 1);
    }

    @Test
    void shouldReadTheTitleAndMapEveryColumnByItsHeader() {
        assertThat(list.title()).isEqualTo("玉林市国家保密局权责清单");
        assertThat(list.listNumber()).isEqualTo(29);
        assertThat(list.department()).isEqualTo("玉林市国家保密局");
        assertThat(list.layout().headerRow()).isEqualTo(2);
        assertThat(list.layout().column(ColumnRole.SEQUENCE)).hasValue(1);
        assertThat(list.layout().column(ColumnRole.UNIT)).hasValue(6);
        assertThat(list.layout().column(ColumnRole.DUTIES)).hasValue(8);
        assertThat(list.layout().column(ColumnRole.REMARK)).hasValue(13);
    }

    @Test
    void shouldReadSixPowersInThreeCategoriesWithTheirBodyAndUnit() {
        assertThat(list.powers()).extracting(Power::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(list.powers()).extracting(Power::category)
                .containsExactly("行政强制", "行政强制", "行政检查", "行政检查", "其他行政权力", "其他行政权力");
        assertThat(list.powers()).extracting(Power::body).containsOnly("玉林市国家保密局");
        assertThat(list.powers()).extracting(Power::unit)
                .containsExactly("保密技术检查科", "保密技术检查科", "保密技术检查科", "保密业务科", "保密业务科", "保密业务科");
        assertThat(power(3).name()).isEqualTo("对保密工作的监督检查");
        assertThat(list.powers()).extracting(Power::subItem).containsOnlyNulls();
        assertThat(list.powers()).extracting(Power::remark).containsOnlyNulls();
        assertThat(power(1).exemption()).isEqualTo("法律法规规定的免责情形及市委、市政府有关文件中明确的免责情形。");
    }

    @Test
    void shouldNumberDutiesAndCasesAsTheListDoes() {
        assertThat(list.powers()).extracting(p -> p.duties().size()).containsExactly(4, 4, 5, 7, 5, 5);
        assertThat(list.powers()).extracting(p -> p.cases().size()).containsExactly(5, 5, 5, 7, 5, 4);
        Duty collect = power(1).duties().get(2);
        assertThat(collect.number()).isEqualTo(3);
        assertThat(collect.name()).isEqualTo("收缴责任");
        assertThat(collect.unit()).isEqualTo("保密技术检查科");
        assertThat(collect.description()).isEqualTo("对非法获取、持有的国家秘密载体予以收缴。");
    }

    @Test
    void shouldFindTheUnitWhereverTheListPutsIt() {
        Duty afterStop = power(2).duties().get(3);
        assertThat(afterStop.text()).isEqualTo("其他法律法规规章文件规定应履行的责任。（保密技术检查科）");
        assertThat(afterStop.name()).isEqualTo("其他法律法规规章文件规定应履行的责任");
        assertThat(afterStop.unit()).isEqualTo("保密技术检查科");
        assertThat(afterStop.unitInferred()).isFalse();
        AccountabilityCase bracketThenSemicolon = power(4).cases().get(4);
        assertThat(bracketThenSemicolon.body()).isEqualTo("驻市委办公室纪检监察组");
        assertThat(bracketThenSemicolon.description()).isEqualTo("对存在泄密事实，需要追究责任的泄密案件不向有关机关、单位提出处理建议的；");
        assertThat(list.powers().stream().flatMap(p -> p.cases().stream())).extracting(AccountabilityCase::body)
                .containsOnly("驻市委办公室纪检监察组");
    }

    @Test
    void shouldLinkBasisItemKAndKmToDutyK() {
        Duty execute = power(2).duties().get(1);
        assertThat(execute.basis()).extracting(BasisItem::label).containsExactly("2-1", "2-2");
        assertThat(execute.basis().get(0).citations().get(0).title()).isEqualTo("中华人民共和国保守国家秘密法");
        assertThat(execute.basis().get(0).citations().get(0).refs().get(0).article()).isEqualTo(44);
        assertThat(execute.basis().get(1).citations().get(0).title()).isEqualTo("保密检查工作规定");
        assertThat(execute.basis().get(1).citations().get(0).refs().get(0).article()).isEqualTo(20);
    }

    @Test
    void shouldReadSeveralArticlesInOneCitation() {
        DocumentCitation inspect = power(3).duties().get(1).basis().get(0).citations().get(0);
        assertThat(inspect.levelTag()).isEqualTo("规范性文件");
        assertThat(inspect.history()).isEqualTo("国保发〔2013〕14号");
        assertThat(inspect.refs()).extracting(ArticleRef::reference).containsExactly("第四章第十八条", "第四章第十六条");
        assertThat(inspect.refs().get(1).quote()).startsWith("保密检查应当根据工作需要成立检查组").endsWith("应当佩带相关证件。");
    }

    @Test
    void shouldReadParagraphReferences() {
        ArticleRef ref = power(6).basis().get(0).citations().get(0).refs().get(0);
        assertThat(ref.reference()).isEqualTo("第四章第二十三条第三款");
        assertThat(ref.chapter()).isEqualTo(4);
        assertThat(ref.article()).isEqualTo(23);
        assertThat(ref.paragraph()).isEqualTo(3);
        assertThat(ref.quote()).isEqualTo("涉密信息系统应当按照规定，经检查合格后，方可投入使用。");
    }

    @Test
    void shouldResolveSameAsToTheCitationsOfItemOne() {
        AccountabilityCase second = power(6).cases().get(1);
        BasisItem same = second.basis().get(0);
        assertThat(same.sameAs()).isEqualTo(1);
        assertThat(same.text()).isEqualTo("2.同1。");
        assertThat(same.repeated()).extracting(BasisItem::label).containsExactly("1-1", "1-2");
        List<Integer> articles = same.repeated().stream().flatMap(b -> b.citations().stream())
                .flatMap(c -> c.refs().stream()).map(ArticleRef::article).toList();
        assertThat(articles).containsExactly(44, 26);
        assertThat(power(4).cases()).extracting(c -> c.basis().size()).containsExactly(1, 1, 1, 1, 1, 1, 0);
    }

    @Test
    void shouldGiveNoBasisToTheOtherDuties() {
        List<Duty> others = list.powers().stream().flatMap(p -> p.duties().stream())
                .filter(d -> d.name().startsWith("其他")).toList();
        assertThat(others).hasSize(6).allSatisfy(d -> assertThat(d.basis()).isEmpty());
    }

    @Test
    void shouldReadAnUnnumberedBasisAsOneItem() {
        assertThat(power(5).basis()).hasSize(1);
        assertThat(power(5).basis().get(0).label()).isNull();
        assertThat(power(5).basis().get(0).citations().get(0).refs().get(0).article()).isEqualTo(28);
    }

    @Test
    void shouldWarnOnlyOfTheMissingRemarkOfTheRaggedLastRow() {
        assertThat(list.findings()).hasSize(1);
        assertThat(list.findings().get(0).location().row()).isEqualTo(8);
        assertThat(list.findings().get(0).location().column()).isEqualTo(13);
        assertThat(list.findings().get(0).message()).contains("备注");
    }

    @Test
    void shouldCountSixDistinctDocumentsHoweverTheyAreSpelled() {
        long documents = list.powers().stream()
                .flatMap(p -> Stream.concat(p.basis().stream(), Stream.concat(
                        p.duties().stream().flatMap(d -> d.basis().stream()),
                        p.cases().stream().flatMap(c -> c.basis().stream()))))
                .flatMap(b -> b.citations().stream())
                .map(c -> org.quanze.graph.LegalTitles.key(c.title())).distinct().count();
        assertThat(documents).isEqualTo(6);
    }
}
