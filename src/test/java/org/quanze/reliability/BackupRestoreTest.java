package org.quanze.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.store.Backups;
import org.quanze.store.Tdb2Store;
import org.quanze.store.ValidationException;

/** A backup restored gives back the same graph; a broken or non-conforming one changes nothing. */
class BackupRestoreTest {

    @TempDir
    java.nio.file.Path dir;

    private static byte[] backup(Tdb2Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Backups.write(store, out);
        return out.toByteArray();
    }

    private static String nquads(Tdb2Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, Lang.NQUADS);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void shouldRestoreABackupToAnIsomorphicGraph() {
        try (Tdb2Store original = Fixtures.loadedStore(); Tdb2Store restored = Fixtures.emptyStore()) {
            byte[] bytes = backup(original);
            assertThat(bytes[0] & 0xff).isEqualTo(0x1f);
            restored.replaceAll(Backups.read(new ByteArrayInputStream(bytes)));
            DatasetGraph a = Backups.read(new ByteArrayInputStream(backup(original)));
            DatasetGraph b = Backups.read(new ByteArrayInputStream(backup(restored)));
            assertThat(IsoMatcher.isomorphic(a, b)).isTrue();
            assertThat(restored.size()).isEqualTo(original.size());
            assertThat(Fixtures.value(restored, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a qz:Duty }")).isEqualTo("30");
            assertThat(Fixtures.select(restored, """
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?s WHERE { ?s text:query (qz:text "收缴") }""")).as("the text index follows a restore").isNotEmpty();
        }
    }

    @Test
    void shouldReplaceWhatTheStoreHeldBeforeTheRestore() {
        try (Tdb2Store store = Fixtures.loadedStore(); Tdb2Store empty = Fixtures.emptyStore()) {
            byte[] bytes = backup(store);
            empty.replaceAll(Backups.read(new ByteArrayInputStream(bytes)));
            store.replaceAll(Backups.read(new ByteArrayInputStream(backup(empty))));
            assertThat(nquads(store)).isEqualTo(nquads(empty));
        }
    }

    @Test
    void shouldRefuseABackupThatIsNotOne() {
        assertThatThrownBy(() -> Backups.read(new ByteArrayInputStream("not n-quads at all".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Quanze backup");
    }

    @Test
    void shouldChangeNothingWhenTheBackupDoesNotConform() {
        try (Tdb2Store store = Fixtures.loadedStore()) {
            String before = nquads(store);
            // A backup tampered with: the powers no longer hold their duties.
            DatasetGraph orphans = Backups.read(new ByteArrayInputStream(backup(store)));
            orphans.deleteAny(NodeFactory.createURI(Fixtures.IRIS.graph("yulin-secrecy-bureau.txt")), null,
                    NodeFactory.createURI("https://w3id.org/quanze/ontology#hasDuty"), null);
            assertThatThrownBy(() -> store.replaceAll(orphans)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("a duty must belong to exactly one power");
            assertThat(nquads(store)).isEqualTo(before);
        }
    }

    @Test
    void shouldKeepBackupsInTheirFolderAndOpenNoOtherFile() {
        try (Tdb2Store store = Fixtures.loadedStore()) {
            Backups backups = new Backups(dir.resolve("backups"), Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
            String first = backups.create(store);
            String second = backups.create(store);
            assertThat(first).isEqualTo("quanze-20261129-100000.nq.gz");
            assertThat(second).isEqualTo("quanze-20261129-100000-2.nq.gz");
            assertThat(backups.list()).containsExactly(second, first);
            assertThat(backups.file(first)).isPresent();
            assertThat(backups.file("../../../etc/passwd")).isEmpty();
            assertThat(backups.file("quanze-20261129-100000.nq.gz/../x")).isEmpty();
        }
    }
}
