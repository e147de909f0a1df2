package org.quanze.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quanze.store.StoreMode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** {@code quanze.store.mode} as the server reads it: in any case, and an unknown mode stops the start naming the modes. */
class StoreModeSettingTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(QuanzeProperties.class)
    @Import(StoreModeConverter.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void shouldReadTheModeInAnyCase() {
        runner.withPropertyValues("quanze.store.mode=Remote").run(context ->
                assertThat(context.getBean(QuanzeProperties.class).store().mode()).isEqualTo(StoreMode.REMOTE));
    }

    @Test
    void shouldBeEmbeddedWhenNoModeIsSet() {
        runner.run(context ->
                assertThat(context.getBean(QuanzeProperties.class).store().mode()).isEqualTo(StoreMode.EMBEDDED));
    }

    @Test
    void shouldRefuseToStartOnAnUnknownMode() {
        runner.withPropertyValues("quanze.store.mode=fuseki").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessage("'fuseki' is not a store mode: give one of embedded or remote"));
    }
}
