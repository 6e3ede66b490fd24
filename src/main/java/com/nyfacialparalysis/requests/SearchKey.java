package com.nyfacialparalysis.requests;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One word of a request's name, or its email address, as the inbox's search finds it (see
 * {@link SearchTerms#keysOf}). Written once with the request, deleted with it.
 */
@Entity
@Table(name = "request_search_keys")
@IdClass(SearchKey.Identity.class)
class SearchKey {

	@Id
	@Column(name = "search_key", nullable = false, length = SearchTerms.KEY_MAX)
	private String key;

	@Id
	@Column(name = "request_id", nullable = false)
	private Long requestId;

	protected SearchKey() {
	}

	SearchKey(String key, Long requestId) {
		this.key = key;
		this.requestId = requestId;
	}

	/** A key's identity: the key and its request. */
	static class Identity implements Serializable {

		private String key;

		private Long requestId;

		@Override
		public boolean equals(Object other) {
			return other instanceof Identity that && Objects.equals(this.key, that.key)
					&& Objects.equals(this.requestId, that.requestId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.key, this.requestId);
		}

	}

}
