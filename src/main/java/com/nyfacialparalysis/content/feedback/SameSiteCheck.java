package com.nyfacialparalysis.content.feedback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Whether a form was sent from a page of this site, for a form that does without a CSRF
 * token (and so without a cookie). A browser names the page's origin in the
 * {@code Origin} header of every form it posts; an old one that does not still sends the
 * page's address as the {@code Referer}. The sender must be this site: the origin the
 * request was made to, or the configured public address. When neither header is there, or
 * the origin is {@code null} (a sandboxed or privacy-stripped sender), the form is
 * refused.
 */
final class SameSiteCheck {

	private SameSiteCheck() {
	}

	static boolean sentFromThisSite(HttpServletRequest request, URI siteUrl) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		String sender = (origin != null) ? origin : request.getHeader(HttpHeaders.REFERER);
		if (sender == null) {
			return false;
		}
		String senderOrigin = originOf(sender);
		if (senderOrigin == null) {
			return false;
		}
		String ownOrigin = originOf(request.getScheme(), request.getServerName(), request.getServerPort());
		return senderOrigin.equals(ownOrigin) || senderOrigin.equals(originOf(siteUrl));
	}

	/** {@code scheme://host[:port]} in lower case without a default port, or null. */
	private static String originOf(String address) {
		try {
			return originOf(new URI(address.strip()));
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static String originOf(URI address) {
		if (address.getScheme() == null || address.getHost() == null || address.getRawUserInfo() != null) {
			return null;
		}
		return originOf(address.getScheme(), address.getHost(), address.getPort());
	}

	private static String originOf(String scheme, String host, int port) {
		String lowerScheme = scheme.toLowerCase(Locale.ROOT);
		if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
			return null;
		}
		boolean defaultPort = port == -1 || (lowerScheme.equals("http") && port == 80)
				|| (lowerScheme.equals("https") && port == 443);
		return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
	}

}
