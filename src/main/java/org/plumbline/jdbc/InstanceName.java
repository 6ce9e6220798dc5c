package org.plumbline.jdbc;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name this instance writes on what it claims in the shared database (the solver runs
 * it solves, the mail it sends), so that an operator of several instances on one database
 * can tell which did what: {@code plumbline.instance-id}, or when that is blank the
 * host's name with a random suffix, since two JVMs on one host share the name. The
 * setting's former key, {@code plumbline.scheduling.instance-id} (solver runs only), is
 * still read when the new one is not set, with a warning, so that an upgraded instance
 * keeps its name.
 */
@Component
public class InstanceName {

	private static final Logger log = LoggerFactory.getLogger(InstanceName.class);

	private static final int LONGEST = 100;

	private final String value;

	InstanceName(@Value("${plumbline.instance-id:}") String configured,
			@Value("${plumbline.scheduling.instance-id:}") String formerlyConfigured) {
		if (configured.isBlank() && !formerlyConfigured.isBlank()) {
			log.warn("plumbline.scheduling.instance-id is now plumbline.instance-id (PLUMBLINE_INSTANCE_ID), "
					+ "which names this instance's mail too; rename the setting");
		}
		String chosen = configured.isBlank() ? formerlyConfigured : configured;
		this.value = chosen.isBlank() ? hostWithSuffix() : chosen.strip();
		if (value.length() > LONGEST) {
			throw new IllegalArgumentException(
					"plumbline.instance-id must be at most " + LONGEST + " characters, not " + value.length());
		}
	}

	public String value() {
		return value;
	}

	private static String hostWithSuffix() {
		String host = System.getenv("HOSTNAME");
		byte[] suffix = new byte[4];
		new SecureRandom().nextBytes(suffix);
		return (host == null || host.isBlank() ? "plumbline" : host.strip()) + "-" + HexFormat.of().formatHex(suffix);
	}

}
