package com.nyfacialparalysis.calls;

import java.time.Instant;

/**
 * A request's calls as one inbox row shows them: "2 tries, voicemail 10:14".
 *
 * @param attempts how many attempts
 * @param lastOutcome how the newest one went
 * @param lastAt when it was made
 * @param today whether that was today (the row shows the time only)
 */
public record CallSummary(long attempts, CallOutcome lastOutcome, Instant lastAt, boolean today) {

}
