package org.plumbline.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site admin that the first start creates ({@code plumbline.admin.*}; the password
 * usually comes from the environment variable {@code PLUMBLINE_ADMIN_PASSWORD}).
 *
 * @param email the admin's sign-in address
 * @param password the admin's password, or empty to have one generated and printed once
 * in the log
 */
@ConfigurationProperties("plumbline.admin")
public record AdminProperties(@DefaultValue("admin@localhost") String email, String password) {

}
