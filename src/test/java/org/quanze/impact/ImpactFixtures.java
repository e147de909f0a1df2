package org.quanze.impact;

import org.quanze.Fixtures;
import org.quanze.reading.GraphReader;
import org.quanze.store.Tdb2Store;

/**
 * The bundled data loaded, with the correspondence and health graphs written through
 * {@code GraphStore.apply} as the load will write them once the loader computes them. One store
 * for the whole test run: the tests only read it.
 */
public final class ImpactFixtures {

    public static final String YULIN = "https://w3id.org/quanze/id/list/yulin-secrecy-bureau";
    public static final String LAW_2010 = "https://w3id.org/quanze/id/law/保守国家秘密法/2010-04-29";
    public static final String LAW_2024 = "https://w3id.org/quanze/id/law/保守国家秘密法/2024-02-27";
    public static final String REGULATION_2014 = "https://w3id.org/quanze/id/law/保守国家秘密法实施条例/2014-01-17";
    public static final String REGULATION_2024 = "https://w3id.org/quanze/id/law/保守国家秘密法实施条例/2024-07-10";

    private static Tdb2Store store;

    private ImpactFixtures() {
    }

    public static synchronized Tdb2Store store() {
        if (store == null) {
            Tdb2Store s = Fixtures.loadedStore();
            graphs().refresh(s);
            store = s;
        }
        return store;
    }

    public static GraphReader reader() {
        return GraphReader.of(store());
    }

    public static ImpactGraphs graphs() {
        return Fixtures.ASSEMBLY.impactGraphs();
    }
}
