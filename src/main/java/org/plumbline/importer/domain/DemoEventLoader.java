package org.plumbline.importer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.plumbline.event.EventCatalog;
import org.plumbline.generator.GenerationRefusedException;
import org.plumbline.generator.Presets;
import org.plumbline.generator.SampleEvents;
import org.plumbline.importer.EventFileException;
import org.plumbline.importer.EventFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the bundled LPC 2023 event on the first start of a server
 * (plumbline.demo.enabled), so a newcomer sees a full event, and, in that same start,
 * generates the live sample event beside it (plumbline.demo.sample.*), dated from that
 * day. Whether it ran is a row in the database, written in the import's transaction: a
 * restart, or a second instance starting at the same moment, does neither again, and an
 * installation that had its demo before the sample existed never gets one unasked
 * ({@code ./plumbline generate} makes it). The CLI never runs it (it is not a web
 * application).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "plumbline.demo.enabled", havingValue = "true")
class DemoEventLoader implements ApplicationRunner {

	static final String STEP = "demo-event";

	static final String RESOURCE = "importer/lpc2023.json";

	static final String SLUG = "lpc2023";

	private static final Logger log = LoggerFactory.getLogger(DemoEventLoader.class);

	private final EventFiles files;

	private final EventCatalog catalog;

	private final InstallationSteps steps;

	private final TransactionTemplate transactions;

	private final SampleEvents samples;

	private final boolean sampleEnabled;

	private final List<String> samplePresets;

	private final long sampleSeed;

	/**
	 * Set once the application is told to stop: the data source closes under a generation
	 * still running, and its failure is the stop, not a fault.
	 */
	private volatile boolean stopping;

	DemoEventLoader(EventFiles files, EventCatalog catalog, InstallationSteps steps, TransactionTemplate transactions,
			SampleEvents samples, @Value("${plumbline.demo.sample.enabled}") boolean sampleEnabled,
			@Value("${plumbline.demo.sample.presets}") List<String> samplePresets,
			@Value("${plumbline.demo.sample.seed}") long sampleSeed) {
		this.files = files;
		this.catalog = catalog;
		this.steps = steps;
		this.transactions = transactions;
		this.samples = samples;
		this.sampleEnabled = sampleEnabled;
		this.samplePresets = List.copyOf(samplePresets);
		this.sampleSeed = sampleSeed;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			String outcome = transactions.execute(status -> loadOnce());
			if (outcome != null) {
				log.info(outcome);
				if (sampleEnabled) {
					for (String preset : samplePresets) {
						if (stopping) {
							break;
						}
						generateSample(preset);
					}
				}
			}
		}
		catch (DataIntegrityViolationException | EventFileException ex) {
			// The server starts anyway: a missing demo is no reason to refuse service.
			if (transactions.execute(status -> steps.isDone(STEP))) {
				log.info("Demo event: another instance loaded it at the same time");
			}
			else {
				log.error("Demo event not loaded: {}", ex.getMessage());
			}
		}
	}

	/**
	 * @return what was done, or null if the step had been done before
	 */
	private String loadOnce() {
		if (steps.isDone(STEP)) {
			return null;
		}
		if (catalog.findBySlug(SLUG).isPresent()) {
			steps.markDone(STEP);
			return "Demo event: " + SLUG + " exists already (imported by hand); not importing it again";
		}
		String summary = files.importFile(bundledFile(), false).summary();
		steps.markDone(STEP);
		return "Demo event loaded on first start. " + summary;
	}

	/**
	 * Generates a sample event in a transaction of its own: a failure leaves no part of
	 * it, and lpc2023 and the other samples stay.
	 */
	private void generateSample(String preset) {
		try {
			String summary = samples.generate(Presets.named(preset), sampleSeed, null).summary();
			log.info("Sample event generated on first start (preset {}, seed {}). {}", preset, sampleSeed, summary);
		}
		catch (GenerationRefusedException ex) {
			log.warn("Sample event not generated: {}", ex.getMessage());
		}
		catch (RuntimeException ex) {
			if (stopping) {
				log.warn("Sample event not generated (preset {}): the application was stopped while it was being made,"
						+ " and later starts do not make it; run ./plumbline generate --preset {} --seed {} to make it",
						preset, preset, sampleSeed);
				log.debug("The generation stopped on", ex);
				return;
			}
			// The server starts anyway: a missing sample is no reason to refuse service.
			log.error("Sample event not generated (preset {}, seed {})", preset, sampleSeed, ex);
		}
	}

	@EventListener(ContextClosedEvent.class)
	void stopping() {
		stopping = true;
	}

	private static byte[] bundledFile() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The demo event file " + RESOURCE + " is missing from the application", ex);
		}
	}

}
