package org.quanze.impact.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quanze.impact.ImpactFixtures;
import org.quanze.law.LawText;

/** The official texts read back from the store give the correspondence the files give. */
class StoredLawTextsTest {

    @Test
    void shouldListTheVersionsWithOfficialTextOldestFirst() {
        Map<String, List<OfficialVersion>> versions = StoredLawTexts.officialVersions(ImpactFixtures.reader());

        assertThat(versions.keySet()).containsExactly("保守国家秘密法", "保守国家秘密法实施条例");
        assertThat(versions.get("保守国家秘密法")).extracting(OfficialVersion::fileName)
                .containsExactly("secrecy-law-2010.md", "secrecy-law-2024.md");
        assertThat(versions.get("保守国家秘密法").get(0).title()).isEqualTo("中华人民共和国保守国家秘密法");
    }

    @Test
    void shouldReadEveryVersionBackAsItWasParsed() {
        Map<String, List<OfficialVersion>> versions = StoredLawTexts.officialVersions(ImpactFixtures.reader());
        List<LawText> files = List.of(Laws.law2010(), Laws.law2024(), Laws.regulation2014(), Laws.regulation2024());
        List<OfficialVersion> stored = versions.values().stream().flatMap(List::stream).toList();

        for (int i = 0; i < files.size(); i++) {
            LawText read = StoredLawTexts.read(ImpactFixtures.reader(), stored.get(i));
            LawText parsed = files.get(i);
            assertThat(read.articles()).as(parsed.fileName()).isEqualTo(parsed.articles());
            assertThat(read.chapters()).as(parsed.fileName()).isEqualTo(parsed.chapters());
            assertThat(read.title()).isEqualTo(parsed.title());
            assertThat(read.versionDate()).isEqualTo(parsed.versionDate());
        }
    }

    @Test
    void shouldDeriveFromTheStoreTheCorrespondenceTheFilesGive() {
        Map<String, List<OfficialVersion>> versions = StoredLawTexts.officialVersions(ImpactFixtures.reader());
        List<OfficialVersion> law = versions.get("保守国家秘密法");
        Correspondence fromStore = new ArticleCorrespondence(CorrespondenceOverrides.bundled()).between(
                StoredLawTexts.read(ImpactFixtures.reader(), law.get(0)), StoredLawTexts.read(ImpactFixtures.reader(), law.get(1)));

        assertThat(fromStore.mappings()).isEqualTo(Laws.curated(Laws.law2010(), Laws.law2024()).mappings());
        assertThat(fromStore.mapping(29).orElseThrow().source()).isEqualTo(MappingSource.OVERRIDE);
    }
}
