package org.plumbline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.plumbline.audit.AuditChange;
import org.plumbline.audit.AuditQuery;
import org.plumbline.testsupport.LockWaits;

/**
 * Duplicate suggestions (DOMAIN.md, "Identity key"): equal keys, or keys of 8 or more
 * characters within edit distance 2, raise a suggestion and never a merge.
 * {@link DuplicateSuggestionsPostgresTest} runs the same on PostgreSQL.
 */
class DuplicateSuggestionsTest extends PeopleDatabaseTest {

	@Test
	void aTypoInALongNameIsSuggestedAsACloseKeyAndNothingIsMerged() {
		PersonSummary right = this.rows.person("Masami Hiramatsu");
		PersonSummary typo = this.rows.person("Masami Hiramtsu");

		List<DuplicateSuggestion> suggested = this.duplicates.suggestDuplicatesOf(typo.id());

		assertThat(suggested).singleElement().satisfies(suggestion -> {
			assertThat(suggestion.reason()).isEqualTo(DuplicateReason.CLOSE_KEY);
			assertThat(suggestion.createdAt()).isEqualTo(PeopleTestClock.NOW);
			assertThat(suggestion.first().id()).isEqualTo(right.id());
			assertThat(suggestion.first().displayName()).isEqualTo("Masami Hiramatsu");
			assertThat(suggestion.second().displayName()).isEqualTo("Masami Hiramtsu");
		});
		assertThat(this.duplicates.openSuggestions()).isEqualTo(suggested);
		assertThat(this.directory.findByGuid(typo.guid())).contains(typo);
	}

	@Test
	void anUmlautAndItsGermanSpellingAreSuggestedAsTheSameKey() {
		this.rows.person("Jörg Rödel");
		PersonSummary spelled = this.rows.person("Joerg Roedel");

		assertThat(this.duplicates.suggestDuplicatesOf(spelled.id())).singleElement()
			.extracting(DuplicateSuggestion::reason)
			.isEqualTo(DuplicateReason.SAME_KEY);
	}

	@Test
	void shortNamesAreSuggestedOnlyWhenTheirKeysAreEqual() {
		PersonSummary jo = this.rows.person("Jo");
		PersonSummary jon = this.rows.person("Jon");
		PersonSummary joe = this.rows.person("Joe");

		assertThat(this.duplicates.suggestDuplicatesOf(jon.id())).as("shorter than 8, one letter apart").isEmpty();
		assertThat(this.duplicates.suggestDuplicatesOf(joe.id())).as("'oe' folds to 'o': the same key as Jo")
			.singleElement()
			.satisfies(suggestion -> {
				assertThat(suggestion.reason()).isEqualTo(DuplicateReason.SAME_KEY);
				assertThat(List.of(suggestion.first().id(), suggestion.second().id())).containsExactly(jo.id(),
						joe.id());
			});
	}

	@Test
	void aNameWithoutLettersOrDigitsMatchesNobody() {
		this.rows.person("---");
		PersonSummary stars = this.rows.person("***");

		assertThat(this.duplicates.suggestDuplicatesOf(stars.id())).isEmpty();
	}

	@Test
	void aPairIsSuggestedOnceWhicheverOfTheTwoAsks() {
		PersonSummary first = this.rows.person("Jörg Rödel");
		PersonSummary second = this.rows.person("Joerg Roedel");

		assertThat(this.duplicates.suggestDuplicatesOf(second.id())).hasSize(1);
		assertThat(this.duplicates.suggestDuplicatesOf(first.id())).isEmpty();
		assertThat(this.duplicates.suggestDuplicatesOf(second.id())).isEmpty();
		assertThat(this.duplicates.openSuggestions()).hasSize(1);
	}

	@Test
	void aMergedPersonIsNeitherACandidateNorHasDuplicatesOfItsOwn() {
		PersonSummary kept = this.rows.person("Jörg Rödel");
		PersonSummary merged = this.rows.person("Jorg Rodel");
		this.duplicates.merge(
				new MergeRequest(kept.id(), 0, merged.id(), 0, ValueFrom.KEPT, ValueFrom.KEPT, ValueFrom.KEPT),
				this.organiser);
		PersonSummary newcomer = this.rows.person("Joerg Roedel");

		List<DuplicateSuggestion> suggested = this.duplicates.suggestDuplicatesOf(newcomer.id());

		assertThat(suggested).singleElement().satisfies(suggestion -> {
			assertThat(suggestion.first().id()).isEqualTo(kept.id());
			assertThat(suggestion.second().id()).isEqualTo(newcomer.id());
		});
		assertThat(this.duplicates.suggestDuplicatesOf(merged.id())).isEmpty();
	}

	@Test
	void suggestingDuplicatesOfAnUnknownPersonIsRefused() {
		assertThatThrownBy(() -> this.duplicates.suggestDuplicatesOf(424242))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("no person 424242");
	}

	@Test
	void manyNewPersonsAtOnceRaiseWhatAskingForEachInTurnRaises() {
		PersonSummary stored = this.rows.person("Masami Hiramatsu");
		this.rows.person("Jörg Rödel");
		PersonSummary typo = this.rows.person("Masami Hiramtsu");
		PersonSummary spelled = this.rows.person("Joerg Roedel");
		PersonSummary alsoNew = this.rows.person("Masami Hiramatsu");
		PersonSummary jon = this.rows.person("Jon");
		PersonSummary merged = this.rows.person("Masami Hiramatu");
		this.duplicates.merge(
				new MergeRequest(stored.id(), 0, merged.id(), 0, ValueFrom.KEPT, ValueFrom.KEPT, ValueFrom.KEPT),
				this.organiser);

		int recorded = this.duplicates
			.suggestDuplicatesAmong(List.of(typo.id(), spelled.id(), alsoNew.id(), jon.id(), merged.id()));

		assertThat(this.duplicates.openSuggestions())
			.extracting(suggestion -> suggestion.first().displayName() + " / " + suggestion.second().displayName()
					+ ": " + suggestion.reason())
			.containsExactlyInAnyOrder("Masami Hiramatsu / Masami Hiramtsu: CLOSE_KEY",
					"Jörg Rödel / Joerg Roedel: SAME_KEY", "Masami Hiramtsu / Masami Hiramatsu: CLOSE_KEY",
					"Masami Hiramatsu / Masami Hiramatsu: SAME_KEY");
		assertThat(recorded).isEqualTo(4);
	}

	@Test
	void manyNewPersonsAtOnceLeaveAPairThatWasSuggestedOrDismissedAsItIs() {
		this.rows.person("Masami Hiramatsu");
		PersonSummary typo = this.rows.person("Masami Hiramtsu");
		this.rows.person("Jörg Rödel");
		PersonSummary spelled = this.rows.person("Joerg Roedel");
		long dismissed = this.duplicates.suggestDuplicatesOf(typo.id()).getFirst().id();
		this.duplicates.dismiss(dismissed, this.organiser);
		long open = this.duplicates.suggestDuplicatesOf(spelled.id()).getFirst().id();

		assertThat(this.duplicates.suggestDuplicatesAmong(List.of(typo.id(), spelled.id()))).isZero();

		assertThat(this.duplicates.openSuggestions()).extracting(DuplicateSuggestion::id).containsExactly(open);
		assertThat(this.jdbc.sql("SELECT count(*) FROM duplicate_suggestion").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aDismissedPairIsRememberedAndNeverSuggestedAgain() {
		PersonSummary first = this.rows.person("Masami Hiramatsu");
		PersonSummary second = this.rows.person("Masami Hiramtsu");
		long suggestionId = this.duplicates.suggestDuplicatesOf(second.id()).getFirst().id();

		assertThat(this.duplicates.dismiss(suggestionId, this.organiser)).isTrue();

		assertThat(this.duplicates.openSuggestions()).isEmpty();
		assertThat(this.duplicates.openSuggestion(suggestionId)).isEmpty();
		assertThat(this.duplicates.suggestDuplicatesOf(first.id())).isEmpty();
		assertThat(this.duplicates.suggestDuplicatesOf(second.id())).isEmpty();
		assertThat(this.duplicates.dismiss(suggestionId, this.organiser)).as("dismissed already").isFalse();
		assertThat(this.jdbc.sql("SELECT dismissed_by FROM duplicate_suggestion WHERE id = ?")
			.param(suggestionId)
			.query(Long.class)
			.single()).isEqualTo(this.organiser.accountId());
		assertThat(this.audit.find(AuditQuery.ofEvent(this.organiser.eventId()))).singleElement().satisfies(entry -> {
			assertThat(entry.actorAccountId()).isEqualTo(this.organiser.accountId());
			assertThat(entry.objectType() + " " + entry.objectId() + " " + entry.action())
				.isEqualTo("duplicate-suggestion " + suggestionId + " dismissed");
			assertThat(entry.changes()).containsExactly(new AuditChange("state", "open", "dismissed"));
			assertThat(entry.afterJson()).contains("\"firstName\":\"Masami Hiramatsu\"")
				.contains("\"secondName\":\"Masami Hiramtsu\"")
				.contains("\"reason\":\"CLOSE_KEY\"");
		});
	}

	@Test
	void aDismissalOutlivesTheAccountOfTheOrganiserWhoMadeIt() {
		this.rows.person("Masami Hiramatsu");
		PersonSummary second = this.rows.person("Masami Hiramtsu");
		long suggestionId = this.duplicates.suggestDuplicatesOf(second.id()).getFirst().id();
		this.duplicates.dismiss(suggestionId, this.organiser);

		this.jdbc.sql("DELETE FROM account WHERE id = ?").param(this.organiser.accountId()).update();

		assertThat(this.duplicates.suggestDuplicatesOf(second.id())).isEmpty();
		assertThat(this.duplicates.openSuggestions()).isEmpty();
	}

	@Test
	void dismissingAnUnknownSuggestionOrAsAnUnknownAccountOrEventIsRefused() {
		this.rows.person("Masami Hiramatsu");
		PersonSummary second = this.rows.person("Masami Hiramtsu");
		long account = this.organiser.accountId();
		long event = this.organiser.eventId();
		long suggestionId = this.duplicates.suggestDuplicatesOf(second.id()).getFirst().id();

		assertThatThrownBy(() -> this.duplicates.dismiss(suggestionId + 1000, this.organiser))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("no duplicate suggestion " + (suggestionId + 1000));
		assertThatThrownBy(() -> this.duplicates.dismiss(suggestionId, new ActingOrganiser(account + 1000, event)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("no account " + (account + 1000));
		assertThatThrownBy(() -> this.duplicates.dismiss(suggestionId, new ActingOrganiser(account, event + 1000)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("no event has the id " + (event + 1000));
		assertThatThrownBy(() -> this.duplicates.dismiss(suggestionId, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("say who dismisses the suggestion");
		assertThat(this.duplicates.openSuggestion(suggestionId)).isPresent();
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single()).isZero();
	}

	@Test
	void openSuggestionsShowBothPersonsSideBySideWithEverythingAMergeChoosesFrom() {
		PersonSummary first = this.rows.person("Jörg Rödel");
		this.directory.rememberSpellings(first.id(), List.of("J. Rödel"));
		this.rows.profile(first.id(), "IOMMU maintainer.", "SUSE");
		this.rows.email(first.id(), "Joro@example.org", true);
		this.rows.email(first.id(), "joerg@example.com", false);
		this.rows.account(first.id());
		PersonSummary second = this.rows.person("Joerg Roedel");
		this.rows.profile(second.id(), null, "AMD");
		this.duplicates.suggestDuplicatesOf(second.id());

		DuplicateSuggestion suggestion = this.duplicates.openSuggestions().getFirst();

		assertThat(suggestion.first()).isEqualTo(new PersonDetails(first.id(), first.guid(), 0, "Jörg Rödel",
				"IOMMU maintainer.", "SUSE", List.of("J. Rödel", "Jörg Rödel"),
				List.of(new EmailAddress("joerg@example.com", false), new EmailAddress("Joro@example.org", true)),
				true));
		assertThat(suggestion.second()).isEqualTo(new PersonDetails(second.id(), second.guid(), 0, "Joerg Roedel", null,
				"AMD", List.of("Joerg Roedel"), List.of(), false));
		assertThat(this.duplicates.openSuggestion(suggestion.id())).contains(suggestion);
	}

	@Test
	void openSuggestionsCanBeLimitedToThePersonsOfOnePage() {
		PersonSummary jorg = this.rows.person("Jörg Rödel");
		PersonSummary joerg = this.rows.person("Joerg Roedel");
		this.rows.person("Masami Hiramatsu");
		PersonSummary masami = this.rows.person("Masami Hiramtsu");
		this.duplicates.suggestDuplicatesOf(joerg.id());
		this.duplicates.suggestDuplicatesOf(masami.id());

		assertThat(this.duplicates.openSuggestionsInvolving(List.of(jorg.id()))).singleElement()
			.satisfies(suggestion -> assertThat(suggestion.second().id()).isEqualTo(joerg.id()));
		assertThat(this.duplicates.openSuggestionsInvolving(List.of(masami.id(), joerg.id()))).hasSize(2);
		assertThat(this.duplicates.openSuggestionsInvolving(List.of())).isEmpty();
		assertThat(this.duplicates.openSuggestions()).hasSize(2);
	}

	@Test
	void askingForTooManyPersonsAtOnceIsRefused() {
		List<Long> tooMany = LongStream.rangeClosed(1, PersonDuplicates.MAX_PERSON_IDS + 1).boxed().toList();

		assertThatThrownBy(() -> this.duplicates.openSuggestionsInvolving(tooMany))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("at most 10000 person ids can be asked for at once, not 10001");
	}

	@Test
	void twoSignUpsRacingToSuggestTheSamePairStoreItOnceAndNeitherFails() throws Exception {
		PersonSummary first = this.rows.person("Jörg Rödel");
		PersonSummary second = this.rows.person("Joerg Roedel");
		CountDownLatch suggested = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		AtomicLong holder = new AtomicLong();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<List<DuplicateSuggestion>> holding = threads.submit(() -> this.transactions.execute(status -> {
				holder.set(LockWaits.session(this.jdbc));
				List<DuplicateSuggestion> mine = this.duplicates.suggestDuplicatesOf(first.id());
				suggested.countDown();
				awaitLatch(commit);
				return mine;
			}));
			assertThat(suggested.await(30, TimeUnit.SECONDS)).isTrue();
			Future<List<DuplicateSuggestion>> racing = threads
				.submit(() -> this.duplicates.suggestDuplicatesOf(second.id()));
			// commit only once the other call waits for this one's uncommitted suggestion
			LockWaits.awaitBlockedOrDone(this.jdbc, holder.get(), racing);
			commit.countDown();

			assertThat(holding.get(30, TimeUnit.SECONDS)).hasSize(1);
			assertThat(racing.get(30, TimeUnit.SECONDS)).isEmpty();
		}
		finally {
			commit.countDown();
			threads.shutdownNow();
		}
		assertThat(this.duplicates.openSuggestions()).hasSize(1);
	}

	/**
	 * Waits for a race test's signal, inside a transaction that must not end before it.
	 */
	static void awaitLatch(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).as("signal within 30 s").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
