package org.plumbline.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.random.RandomGenerator;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words generated names and titles are made of (generator/words.json): names with the
 * diacritics real people's names have, the subjects of LPC-like MCs, the parts of topic
 * titles, and what attendees write about a talk they rated 1 to 5.
 */
record SampleWords(List<String> givenNames, List<String> familyNames, List<String> subjects, List<String> topicVerbs,
		List<String> topicObjects, List<List<String>> feedbackComments) {

	static SampleWords load() {
		try (InputStream in = new ClassPathResource("generator/words.json").getInputStream()) {
			return JsonMapper.builder().build().readValue(in, SampleWords.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code count} different names, drawn without replacement from every pairing of a
	 * given and a family name, so that no two generated people share one (the duplicate
	 * suggestions then show only the near misses real lists have); past that many, the
	 * pairings come round again with a number.
	 */
	List<String> personNames(int count, RandomGenerator random) {
		int pairings = givenNames.size() * familyNames.size();
		List<Integer> order = new ArrayList<>(IntStream.range(0, pairings).boxed().toList());
		Collections.shuffle(order, random);
		List<String> names = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int pairing = order.get(i % pairings);
			String name = givenNames.get(pairing / familyNames.size()) + " "
					+ familyNames.get(pairing % familyNames.size());
			names.add(i < pairings ? name : name + " " + (i / pairings + 1));
		}
		return names;
	}

	/**
	 * The n-th MC's title (from 0): the subjects in turn, numbered from their second
	 * round on, so that titles stay unique however many MCs a preset asks for.
	 */
	String microconferenceTitle(int n) {
		String subject = subjects.get(n % subjects.size());
		int round = n / subjects.size();
		return round == 0 ? subject : subject + " " + (round + 1);
	}

	String topicTitle(RandomGenerator random, String subject) {
		return pick(topicVerbs, random) + " " + pick(topicObjects, random) + " for " + subject;
	}

	/** A comment an attendee who gave this rating (1 to 5) might write. */
	String feedbackComment(int rating, RandomGenerator random) {
		return pick(feedbackComments.get(rating - 1), random);
	}

	/** Lower-case ASCII letters and digits of a name, joined by {@code separator}. */
	static String ascii(String text, String separator) {
		String folded = withoutDiacritics(text).toLowerCase(Locale.ROOT);
		String quoted = Pattern.quote(separator);
		return folded.replaceAll("[^a-z0-9]+", separator).replaceAll("^" + quoted + "|" + quoted + "$", "");
	}

	/**
	 * The text with its letters' diacritics taken off ("Łukasz Wójcik" → "Lukasz
	 * Wojcik").
	 */
	static String withoutDiacritics(String text) {
		return Normalizer
			.normalize(text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O"),
					Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

	private static String pick(List<String> words, RandomGenerator random) {
		return words.get(random.nextInt(words.size()));
	}

}
