package com.nyfacialparalysis.requests;

import org.springframework.data.domain.Page;

/**
 * One page of the inbox. A search that matches more requests than a receptionist would
 * page through is cut at a limit: its pages go through the first of them, in the inbox's
 * order, and {@code more} says that others match too.
 *
 * @param requests the page, with the number of requests its pages go through
 * @param more whether more requests match than the pages go through
 */
public record InboxPage(Page<ConsultationRequest> requests, boolean more) {

}
