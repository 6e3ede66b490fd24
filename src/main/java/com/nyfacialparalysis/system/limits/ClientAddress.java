package com.nyfacialparalysis.system.limits;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The client address a limit counts by: an IPv4 address as it is, an IPv6 address by its
 * first 64 bits (one home or office network is given a whole /64, so counting each of its
 * addresses on its own would be no limit at all).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/** The key a limit counts {@code remoteAddress} under. */
	public static String keyOf(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
			return (remoteAddress != null) ? remoteAddress : "";
		}
		try {
			// A literal, never a name: InetAddress looks nothing up for one.
			InetAddress address = InetAddress.getByName(stripBrackets(remoteAddress));
			if (address instanceof Inet6Address) {
				byte[] network = new byte[8];
				System.arraycopy(address.getAddress(), 0, network, 0, 8);
				return HexFormat.of().formatHex(network) + "::/64";
			}
			return address.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return remoteAddress;
		}
	}

	private static String stripBrackets(String address) {
		String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
				: address;
		int zone = bare.indexOf('%');
		return (zone < 0) ? bare : bare.substring(0, zone);
	}

}
