package com.nyfacialparalysis.backup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A restore, when one is asked for, happens before the database is opened. */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

	@Bean
	static DatabaseRestore.BeforeTheDatabase restoreBeforeTheDatabase() {
		return new DatabaseRestore.BeforeTheDatabase();
	}

}
