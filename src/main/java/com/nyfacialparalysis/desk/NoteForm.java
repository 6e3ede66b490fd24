package com.nyfacialparalysis.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.nyfacialparalysis.requests.RequestNote;
import com.nyfacialparalysis.system.PlainText;

/**
 * A note for colleagues on a request, kept as typed but for spaces around it.
 */
public class NoteForm {

	@NotBlank(message = "{staff.note.empty}")
	@Size(max = RequestNote.BODY_MAX, message = "{staff.note.tooLong}")
	@PlainText(multiline = true)
	private String body = "";

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = (body == null) ? "" : body.strip();
	}

}
