package com.nyfacialparalysis.backup;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders and files that only the site's own user can read: created so from the start
 * (never made and then narrowed), where the file system knows POSIX permissions.
 */
final class OwnerOnly {

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private OwnerOnly() {
	}

	static void createFolder(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			if (POSIX) {
				Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
			}
			return;
		}
		if (POSIX) {
			Files.createDirectories(folder,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		else {
			Files.createDirectories(folder);
		}
	}

	static void createFile(Path file) throws IOException {
		Files.deleteIfExists(file);
		if (POSIX) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(file);
		}
	}

}
