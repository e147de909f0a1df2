package org.quanze.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator's credentials, under {@code quanze.admin.*} (or the environment variables
 * QUANZE_ADMIN_USERNAME and QUANZE_ADMIN_PASSWORD). None are built in: without both, there is no
 * administration at all. The password may be given encoded ({@code {bcrypt}…}); a plain one is
 * hashed in memory at start-up.
 *
 * @param backupFolder where backups are written and listed (default: {@code backups} in the store
 *                     folder; put it on another disk so that one failure cannot take both)
 * @param strictUpload refuse an uploaded list with any slip (a 《, （ or 【 never closed, …) instead of
 *                     reading past it, as {@code load --strict} does (default: false)
 */
@ConfigurationProperties(prefix = "quanze.admin")
public record AdminProperties(String username, String password, String backupFolder, Boolean strictUpload) {

    public boolean strict() {
        return Boolean.TRUE.equals(strictUpload);
    }

    public boolean configured() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
}
