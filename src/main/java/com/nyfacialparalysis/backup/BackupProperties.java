package com.nyfacialparalysis.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online backups of the embedded H2 database, and restoring one.
 *
 * @param folder where backups are written (readable by the site's user only)
 * @param keep how many of the newest backups are kept; older ones are deleted
 * @param restore a backup to restore at start-up, into a database that does not exist
 * yet; none by default
 */
@ConfigurationProperties("clinic.backup")
public record BackupProperties(@DefaultValue("./data/backups") Path folder, @DefaultValue("14") int keep,
		Path restore) {
}
