package com.nyfacialparalysis.backup;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.system.FormProblems;
import com.nyfacialparalysis.system.SeeOther;

/**
 * The backups page for administrators: the backups there are, and a button to take one
 * now.
 */
@Controller
class BackupController {

	private final DatabaseBackup backup;

	private final AuditLog audit;

	private final FormProblems problems;

	BackupController(DatabaseBackup backup, AuditLog audit, FormProblems problems) {
		this.backup = backup;
		this.audit = audit;
		this.problems = problems;
	}

	@GetMapping("/staff/backups")
	String list(Model model) {
		Object problem = model.getAttribute("problem");
		this.problems.one(model, "backups-heading", (problem instanceof String code) ? code : null);
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
		return SeeOther.to("/staff/backups");
	}

}
