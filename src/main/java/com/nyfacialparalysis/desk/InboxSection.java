package com.nyfacialparalysis.desk;

import java.util.List;

import org.springframework.ui.Model;

import com.nyfacialparalysis.requests.ConsultationRequest;

/**
 * What another feature adds to the rows of one page of the inbox (the call log's "2
 * tries, voicemail 10:14", say), by one query for the whole page.
 */
public interface InboxSection {

	void addTo(List<ConsultationRequest> shown, Model model);

}
