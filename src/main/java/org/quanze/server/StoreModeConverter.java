package org.quanze.server;

import org.quanze.store.StoreMode;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads {@code quanze.store.mode} with {@link StoreMode#parse}, so that an unknown mode stops the
 * start with the modes there are named, and the server and every other reader of the mode agree.
 */
@Component
@ConfigurationPropertiesBinding
class StoreModeConverter implements Converter<String, StoreMode> {

    @Override
    public StoreMode convert(String text) {
        return StoreMode.parse(text);
    }
}
