package org.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreModeTest {

    @Test
    void shouldReadTheModeInAnyCase() {
        assertThat(StoreMode.parse("remote")).isEqualTo(StoreMode.REMOTE);
        assertThat(StoreMode.parse("Remote")).isEqualTo(StoreMode.REMOTE);
        assertThat(StoreMode.parse(" EMBEDDED ")).isEqualTo(StoreMode.EMBEDDED);
    }

    @Test
    void shouldBeEmbeddedWhenNoModeIsGiven() {
        assertThat(StoreMode.parse(null)).isEqualTo(StoreMode.EMBEDDED);
        assertThat(StoreMode.parse(" ")).isEqualTo(StoreMode.EMBEDDED);
    }

    @Test
    void shouldNameTheModesWhenTheModeIsUnknown() {
        assertThatThrownBy(() -> StoreMode.parse("fuseki")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'fuseki' is not a store mode: give one of embedded or remote");
    }
}
