package org.quanze.impact.correspondence;

import java.util.Locale;

/** Whether a mapping was derived from the texts or taken from the curated overrides file. */
public enum MappingSource {
    DERIVED, OVERRIDE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
