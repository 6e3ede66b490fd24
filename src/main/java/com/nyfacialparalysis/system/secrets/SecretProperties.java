package com.nyfacialparalysis.system.secrets;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site's secret key, from which the keys for signing form tokens and encrypting
 * two-factor secrets are derived ({@link SiteSecret}).
 *
 * @param key the key itself ({@code CLINIC_SECRET_KEY}), at least 32 characters; when
 * empty, a key is generated once into {@code keyFile}. Several instances sharing a
 * database must share this key.
 * @param keyFile where a generated key is kept, readable by its owner only
 */
@ConfigurationProperties("clinic.secret")
record SecretProperties(@DefaultValue("") String key, @DefaultValue("./data/secret.key") Path keyFile) {
}
