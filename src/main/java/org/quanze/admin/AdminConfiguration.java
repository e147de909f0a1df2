package org.quanze.admin;

import java.nio.file.Path;
import java.time.Clock;
import org.quanze.load.ChangeLog;
import org.quanze.load.Loader;
import org.quanze.server.QuanzeProperties;
import org.quanze.store.Backups;
import org.quanze.store.GraphStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administration, only when credentials are configured; its files live beside the store. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "quanze.admin", name = {"username", "password"})
class AdminConfiguration {

    @Bean
    Administration administration(GraphStore store, Loader loader, ChangeLog changeLog, QuanzeProperties properties,
                                  AdminProperties admin) {
        Path folder = Path.of(properties.store().path());
        Path backups = admin.backupFolder() == null || admin.backupFolder().isBlank() ? folder.resolve("backups")
                : Path.of(admin.backupFolder());
        return new Administration(store, loader, new Staging(folder.resolve("staging")),
                new Backups(backups, Clock.systemUTC()), changeLog, admin.strict());
    }
}
