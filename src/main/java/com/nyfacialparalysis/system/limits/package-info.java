/**
 * What keeps the site up under a flood and its forms from being abused: the waiting line
 * for requests that need real work, the cap on live sessions, and the attempts counted in
 * the database ({@link com.nyfacialparalysis.system.limits.RecentAttempts}) behind the
 * form's hourly limit, the feedback limit and the sign-in throttle.
 */
@NamedInterface("limits")
package com.nyfacialparalysis.system.limits;

import org.springframework.modulith.NamedInterface;
