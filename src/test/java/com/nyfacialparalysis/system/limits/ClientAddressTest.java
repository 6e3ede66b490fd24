package com.nyfacialparalysis.system.limits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A limit per client address counts a whole IPv6 /64 as one client: a home or office is
 * given one, so counting each of its 2^64 addresses apart would be no limit.
 */
class ClientAddressTest {

	@Test
	void anIpv4AddressIsItsOwnKey() {
		assertThat(ClientAddress.keyOf("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.keyOf("203.0.113.8")).isNotEqualTo(ClientAddress.keyOf("203.0.113.7"));
	}

	@Test
	void everyAddressOfOneIpv6NetworkIsOneClient() {
		String one = ClientAddress.keyOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
		assertThat(ClientAddress.keyOf("2001:db8:1:2::1")).isEqualTo(one);
		assertThat(ClientAddress.keyOf("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).isEqualTo(one);
		assertThat(ClientAddress.keyOf("[2001:db8:1:2::9%eth0]")).isEqualTo(one);
		assertThat(ClientAddress.keyOf("2001:db8:1:3::1")).isNotEqualTo(one);
	}

	@Test
	void somethingThatIsNoAddressIsKeptAsItIsAndNeverLookedUp() {
		assertThat(ClientAddress.keyOf(null)).isEmpty();
		assertThat(ClientAddress.keyOf("not:an:address:at:all:zz")).isEqualTo("not:an:address:at:all:zz");
	}

}
