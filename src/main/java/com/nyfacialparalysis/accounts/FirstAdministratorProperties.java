package com.nyfacialparalysis.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created at start-up when there is no staff account at all. Set
 * with the environment variables {@code CLINIC_ADMIN_USERNAME} and
 * {@code CLINIC_ADMIN_PASSWORD}. There is no default.
 *
 * @param username the administrator's username
 * @param password the first password, at least 12 characters; change it after the first
 * sign-in
 */
@ConfigurationProperties("clinic.admin")
public record FirstAdministratorProperties(String username, String password) {
}
