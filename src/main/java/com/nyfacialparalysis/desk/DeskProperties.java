package com.nyfacialparalysis.desk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the desk's inbox, under {@code clinic.staff} with the sign-in's
 * ({@code AccountsProperties}), so that {@code CLINIC_STAFF_PAGE_SIZE} and
 * {@code CLINIC_STAFF_SEARCH_LIMIT} keep their names.
 *
 * @param pageSize requests shown on one page of the inbox
 * @param searchLimit the most requests a search in the inbox pages through; when more
 * match, the inbox says so and asks for more of the name or number
 */
@ConfigurationProperties("clinic.staff")
public record DeskProperties(@DefaultValue("25") int pageSize, @DefaultValue("1000") int searchLimit) {

}
