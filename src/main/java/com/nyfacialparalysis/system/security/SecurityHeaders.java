package com.nyfacialparalysis.system.security;

/**
 * The header values every page is sent with, public and staff alike.
 */
public final class SecurityHeaders {

	/** No inline script or style anywhere, so the policy can stay this strict. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private SecurityHeaders() {
	}

}
