package com.nyfacialparalysis.consultation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the consultation form.
 *
 * @param rateLimit how many requests one client address may store
 * @param maxBodySize the largest form submission accepted; anything bigger gets a 413
 * page
 * @param tokenLifetime how long a form shown stays good to send; a form sent later is
 * shown again, with everything typed, to be sent once more
 */
@ConfigurationProperties("clinic.consultation")
public record ConsultationProperties(@DefaultValue RateLimit rateLimit, @DefaultValue("64KB") DataSize maxBodySize,
		@DefaultValue("24h") Duration tokenLifetime) {

	/**
	 * @param maxPerHour stored requests per client address per hour. The client address
	 * is the connecting socket's, unless {@code server.forward-headers-strategy=native}
	 * is set to trust a reverse proxy.
	 */
	public record RateLimit(@DefaultValue("5") int maxPerHour) {
	}

}
