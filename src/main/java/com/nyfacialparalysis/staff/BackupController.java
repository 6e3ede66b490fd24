package com.nyfacialparalysis.staff;

import java.nio.file.Path;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import com.nyfacialparalysis.backup.DatabaseBackup;

/**
 * The backups page for administrators: the backups there are, and a button to take one
 * now.
 */
@Controller
class BackupController {

	private final DatabaseBackup backup;

	private final AuditLog audit;

	BackupController(DatabaseBackup backup, AuditLog audit) {
		this.backup = backup;
		this.audit = audit;
	}

	@GetMapping("/staff/backups")
	String list(Model model) {
		model.addAttribute("available", this.backup.available());
		model.addAttribute("backups",
				this.backup.available() ? this.backup.list().stream().map(Path::getFileName).toList() : List.of());
		model.addAttribute("noindex", true);
		return "staff/backups";
	}

	@PostMapping("/staff/backups")
	RedirectView backUp(RedirectAttributes flash) {
		if (this.backup.available()) {
			Path file = this.backup.backUpNow();
			this.audit.record(AuditAction.BACKUP_MADE, null, file.getFileName().toString());
			flash.addFlashAttribute("done", "staff.backups.made");
		}
		else {
			flash.addFlashAttribute("problem", "staff.backups.unavailable");
		}
		RedirectView view = new RedirectView("/staff/backups", true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return view;
	}

}
