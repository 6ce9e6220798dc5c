package org.plumbline.importer.domain;

import org.plumbline.generator.GenerationRefusedException;
import org.plumbline.generator.Presets;
import org.plumbline.generator.SampleEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the live sample event (ARCHITECTURE.md) on the first start of a server with
 * the demo on, beside the historical {@code lpc2023}: dated from that day, with calls
 * open, a sold-out ticket type with a waiting line and offers in flight, so a newcomer
 * sees every feature working. Once per installation, recorded in the generation's own
 * transaction, as {@link DemoEventLoader} does; a second instance starting at the same
 * moment loses on the event's unique slug and writes nothing.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = { "plumbline.demo.enabled", "plumbline.demo.sample.enabled" })
class SampleEventLoader implements ApplicationRunner {

	static final String STEP = "sample-event";

	private static final Logger log = LoggerFactory.getLogger(SampleEventLoader.class);

	private final SampleEvents samples;

	private final InstallationSteps steps;

	private final TransactionTemplate transactions;

	private final String preset;

	private final long seed;

	SampleEventLoader(SampleEvents samples, InstallationSteps steps, TransactionTemplate transactions,
			@Value("${plumbline.demo.sample.preset}") String preset,
			@Value("${plumbline.demo.sample.seed}") long seed) {
		this.samples = samples;
		this.steps = steps;
		this.transactions = transactions;
		this.preset = preset;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			String outcome = transactions.execute(status -> generateOnce());
			if (outcome != null) {
				log.info(outcome);
			}
		}
		catch (GenerationRefusedException ex) {
			// An event of the user's own has the slug: leave it, and do not ask again.
			transactions.executeWithoutResult(status -> steps.markDone(STEP));
			log.warn("Sample event not generated: {}", ex.getMessage());
		}
		catch (DataIntegrityViolationException ex) {
			if (transactions.execute(status -> steps.isDone(STEP))) {
				log.info("Sample event: another instance generated it at the same time");
			}
			else {
				log.error("Sample event not generated: {}", ex.getMessage());
			}
		}
	}

	/**
	 * @return what was done, or null if the step had been done before
	 */
	private String generateOnce() {
		if (steps.isDone(STEP)) {
			return null;
		}
		String summary = samples.generate(Presets.named(preset), seed, null).summary();
		steps.markDone(STEP);
		return "Sample event on first start (preset " + preset + ", seed " + seed + "). " + summary;
	}

}
