package org.quanze.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.impact.ArticleInForce.InForce;
import org.quanze.impact.ArticleInForce.Status;
import org.quanze.impact.correspondence.ChangeType;

/** The article as in force on a day: the version in force then and the article that carries the cited one. */
class ArticleInForceTest {

    private static final ArticleInForce IN_FORCE = new ArticleInForce(Fixtures.IRIS);
    private static final String LAW = "保守国家秘密法";

    private static InForce law45(LocalDate day) {
        return IN_FORCE.on(ImpactFixtures.reader(), LAW, ImpactFixtures.LAW_2010, ImpactFixtures.LAW_2010 + "/article/45", 45, day);
    }

    @Test
    void shouldGiveTheCitedArticleWhileItsVersionIsInForce() {
        InForce then = law45(LocalDate.of(2020, 6, 1));

        assertThat(then.status()).isEqualTo(Status.SAME);
        assertThat(then.version().iri()).isEqualTo(ImpactFixtures.LAW_2010);
        assertThat(then.targets()).extracting(Successors.Target::number).containsExactly(45);
    }

    @Test
    void shouldGiveTheSuccessorFromTheDayTheNewVersionEntersIntoForce() {
        assertThat(law45(LocalDate.of(2024, 4, 30)).status()).isEqualTo(Status.SAME);
        InForce then = law45(LocalDate.of(2024, 5, 1));

        assertThat(then.status()).isEqualTo(Status.CARRIED);
        assertThat(then.version().iri()).isEqualTo(ImpactFixtures.LAW_2024);
        assertThat(then.change()).isEqualTo(ChangeType.MERGED);
        assertThat(then.targets()).extracting(Successors.Target::label).containsExactly("52(2)");
    }

    @Test
    void shouldSayWhenNoVersionHeldHereWasInForce() {
        assertThat(law45(LocalDate.of(2005, 1, 1)).status()).isEqualTo(Status.NOT_YET_IN_FORCE);
    }

    @Test
    void shouldSayPlainlyThatADocumentWithoutOfficialTextCannotBeFollowed() {
        String version = "https://w3id.org/quanze/id/law/泄密案件查处办法/2017-12-29";
        InForce then = IN_FORCE.on(ImpactFixtures.reader(), "泄密案件查处办法", version, version + "/article/60", 60,
                LocalDate.of(2025, 1, 1));

        assertThat(then.status()).isEqualTo(Status.UNVERIFIABLE);
        assertThat(then.targets()).isEmpty();
    }

    @Test
    void shouldFindTheVersionInForceOnADay() {
        LawVersions versions = new LawVersions(Fixtures.IRIS);

        assertThat(versions.inForceOn(ImpactFixtures.reader(), "中华人民共和国保守国家秘密法实施条例", LocalDate.of(2024, 8, 31)))
                .hasValueSatisfying(v -> assertThat(v.iri()).isEqualTo(ImpactFixtures.REGULATION_2014));
        assertThat(versions.inForceOn(ImpactFixtures.reader(), "保守国家秘密法实施条例", LocalDate.of(2024, 9, 1)))
                .hasValueSatisfying(v -> assertThat(v.iri()).isEqualTo(ImpactFixtures.REGULATION_2024));
        assertThat(versions.inForceOn(ImpactFixtures.reader(), LAW, LocalDate.of(2010, 9, 30))).isEmpty();
    }
}
