package org.quanze.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The answer cache ({@code quanze.cache.*}): whether the server keeps rendered answers, how many
 * bytes of them at most, and how large one answer may be to be kept.
 */
@ConfigurationProperties("quanze.cache")
public record CacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("67108864") long maxBytes,
                              @DefaultValue("4194304") int maxEntryBytes) {
}
