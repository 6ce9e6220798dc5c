package org.plumbline.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What the account feature needs in every context, the command line's included. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AccountProperties.class, AdminProperties.class, MetricsProperties.class })
class AccountConfiguration {

	/**
	 * bcrypt for new passwords; the stored prefix ({@code {bcrypt}}) lets a stronger
	 * encoder take over later, re-encoding each password at its next sign-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
