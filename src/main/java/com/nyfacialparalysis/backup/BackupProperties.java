package com.nyfacialparalysis.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online backups of the embedded H2 database.
 *
 * @param folder where backups are written
 * @param keep how many of the newest backups are kept; older ones are deleted
 */
@ConfigurationProperties("clinic.backup")
public record BackupProperties(@DefaultValue("./data/backups") Path folder, @DefaultValue("14") int keep) {
}
