package com.nyfacialparalysis.accounts.passkeys;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Who the passkeys belong to, as browsers see it: the relying party's id (the host of the
 * site's public address, {@code CLINIC_SITE_URL}) and the one origin where a passkey may
 * be made or used (that address's scheme, host and port). A browser signs only for the
 * address it is really on, so an assertion made on any other origin is refused.
 *
 * <p>
 * Browsers allow passkeys only in a secure context (HTTPS, or http://localhost) and only
 * for a host name whose suffix the relying party id is; an address that cannot work stops
 * the start with a message saying why, rather than a desk whose passkeys all fail.
 *
 * @param id the relying party id, such as {@code www.example.org} or {@code localhost}
 * @param name the name an authenticator may show beside the passkey
 * @param origin the only origin allowed, such as {@code https://www.example.org}
 */
record RelyingParty(String id, String name, String origin) {

	static RelyingParty of(URI siteUrl, String name) {
		String scheme = (siteUrl.getScheme() != null) ? siteUrl.getScheme().toLowerCase(Locale.ROOT) : "";
		String host = (siteUrl.getHost() != null) ? IDN.toASCII(siteUrl.getHost()).toLowerCase(Locale.ROOT) : "";
		if (!Set.of("http", "https").contains(scheme) || host.isEmpty()) {
			throw misfit(siteUrl, "it is not an http or https address with a host name");
		}
		if (host.startsWith("[") || host.matches("[0-9.]+")) {
			throw misfit(siteUrl, "passkeys belong to a host name, and " + host + " is an IP address; use the name "
					+ "people reach the site by (or localhost on this machine)");
		}
		boolean localhost = host.equals("localhost") || host.endsWith(".localhost");
		if (scheme.equals("http") && !localhost) {
			throw misfit(siteUrl, "browsers allow passkeys only over HTTPS (or at http://localhost); set it to the "
					+ "https:// address behind the proxy");
		}
		if (!localhost && !host.contains(".")) {
			throw misfit(siteUrl,
					"a passkey needs a full host name such as www.example.org, and " + host + " is not one");
		}
		int port = siteUrl.getPort();
		boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443)
				|| (scheme.equals("http") && port == 80);
		String origin = scheme + "://" + host + (defaultPort ? "" : ":" + port);
		return new RelyingParty(host, name, origin);
	}

	/** Whether {@code origin} is one where this relying party's passkeys may be used. */
	boolean allows(String origin) {
		return this.origin.equals(origin);
	}

	private static IllegalStateException misfit(URI siteUrl, String why) {
		return new IllegalStateException("Staff passkeys cannot work with the site's public address CLINIC_SITE_URL="
				+ siteUrl + ": " + why + ".");
	}

}
