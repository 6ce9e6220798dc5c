package org.plumbline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.plumbline.audit.AuditChange;
import org.plumbline.audit.AuditQuery;
import org.plumbline.audit.AuditRecord;
import org.plumbline.people.MergeRefusedException.Reason;
import org.plumbline.testsupport.LockWaits;

/**
 * Merging two persons (DOMAIN.md, L14): every reference moves in one transaction, the
 * organiser chooses each field, and the merged person is left as a pointer.
 * {@link PersonMergePostgresTest} runs the same on PostgreSQL.
 */
class PersonMergeTest extends PeopleDatabaseTest {

	@Test
	void aMergeMovesEveryReferenceTakesTheChosenFieldsAndLeavesAPointer() {
		PersonSummary kept = this.rows.person("Masami Hiramatsu");
		PersonSummary merged = this.rows.person("Masami Hiramtsu");
		this.rows.profile(kept.id(), null, "Google");
		this.rows.profile(merged.id(), "Maintains kprobes.", "Linaro");
		long tracing = this.rows.microconference("tracing");
		long kernel = this.rows.microconference("kernel");
		this.rows.lead(tracing, 1, kept.id(), "Masami Hiramatsu");
		this.rows.lead(kernel, 1, merged.id(), "Masami Hiramtsu");
		this.rows.keyAttendee(tracing, 1, merged.id(), "Masami Hiramtsu");
		this.rows.email(merged.id(), "mhiramat@example.org", true);
		long account = this.rows.account(merged.id());
		this.duplicates.suggestDuplicatesOf(merged.id());
		DuplicateSuggestion suggestion = this.duplicates.openSuggestions().getFirst();

		MergeResult result = this.duplicates.merge(new MergeRequest(kept.id(), suggestion.first().version(),
				merged.id(), suggestion.second().version(), ValueFrom.KEPT, ValueFrom.MERGED, ValueFrom.KEPT),
				this.organiser);

		assertThat(result.keptPersonId()).isEqualTo(kept.id());
		assertThat(result.mergedPersonId()).isEqualTo(merged.id());
		assertThat(result.movedRows()).containsEntry("account.person_id", 1)
			.containsEntry("mc_key_attendee.person_id", 1)
			.containsEntry("mc_lead.person_id", 1)
			.containsEntry("person_email.person_id", 1)
			.containsEntry("person_name_variant.person_id", 1)
			.containsEntry("duplicate_suggestion.first_person_id", 0)
			.doesNotContainKey("person.merged_into_id");
		assertThat(result.droppedRows()).isEmpty();
		assertThat(this.rows.leadsOf(kernel)).containsExactly(kept.id());
		assertThat(this.jdbc.sql("SELECT name_as_written FROM mc_lead WHERE microconference_id = ?")
			.param(kernel)
			.query(String.class)
			.single()).as("names stay as written").isEqualTo("Masami Hiramtsu");
		assertThat(this.jdbc.sql("SELECT person_id FROM mc_key_attendee").query(Long.class).list())
			.containsExactly(kept.id());
		assertThat(
				this.jdbc.sql("SELECT person_id FROM account WHERE id = ?").param(account).query(Long.class).single())
			.isEqualTo(kept.id());

		assertThat(this.directory.findByGuid(merged.guid())).contains(kept);
		Map<String, Object> keptRow = stored(kept);
		assertThat(keptRow).containsEntry("display_name", "Masami Hiramatsu")
			.containsEntry("identity_key", "masami hiramatsu")
			.containsEntry("bio", "Maintains kprobes.")
			.containsEntry("affiliation", "Google")
			.containsEntry("version", 1);
		assertThat(stored(merged)).containsEntry("merged_into_id", kept.id()).containsEntry("version", 1);
		assertThat(nameVariants(kept)).containsExactly("Masami Hiramatsu", "Masami Hiramtsu");
		assertThat(this.jdbc.sql("SELECT person_id FROM person_email").query(Long.class).list())
			.containsExactly(kept.id());
		assertThat(this.duplicates.openSuggestions()).isEmpty();
		assertThat(this.jdbc.sql("SELECT resolved_at IS NOT NULL FROM duplicate_suggestion WHERE id = ?")
			.param(suggestion.id())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aMergeIsLoggedInTheOrganisersEventWithBothPersonsBeforeAndTheKeptOneAfter() {
		PersonSummary kept = this.rows.person("Masami Hiramtsu");
		PersonSummary merged = this.rows.person("Masami Hiramatsu");
		this.rows.profile(merged.id(), "Maintains kprobes.", "Linaro");
		long tracing = this.rows.microconference("tracing");
		this.rows.lead(tracing, 1, merged.id(), "Masami Hiramatsu");

		this.duplicates.merge(
				new MergeRequest(kept.id(), 0, merged.id(), 0, ValueFrom.MERGED, ValueFrom.MERGED, ValueFrom.KEPT),
				this.organiser);

		AuditRecord entry = this.audit.find(AuditQuery.ofEvent(this.organiser.eventId())).getFirst();
		assertThat(entry.actorAccountId()).isEqualTo(this.organiser.accountId());
		assertThat(entry.objectType() + " " + entry.objectId() + " " + entry.action())
			.isEqualTo("person " + merged.id() + " merged");
		assertThat(entry.changes()).containsExactly(
				new AuditChange("kept.displayName", "Masami Hiramtsu", "Masami Hiramatsu"),
				new AuditChange("kept.bio", null, "Maintains kprobes."),
				new AuditChange("merged.mergedIntoId", null, Long.toString(kept.id())),
				new AuditChange("movedRows.mc_lead.person_id", null, "1"),
				new AuditChange("movedRows.person_name_variant.person_id", null, "1"),
				new AuditChange("droppedRows", null, "[]"));
	}

	@Test
	void aMergeByAnUnknownAccountOrOnAnUnknownEventChangesNothing() {
		PersonSummary kept = this.rows.person("Masami Hiramatsu");
		PersonSummary merged = this.rows.person("Masami Hiramtsu");
		long account = this.organiser.accountId();
		long event = this.organiser.eventId();
		var before = this.rows.snapshot();

		assertThatThrownBy(() -> this.duplicates.merge(request(kept, merged, ValueFrom.KEPT),
				new ActingOrganiser(account + 1000, event)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("no account has the id " + (account + 1000));
		assertThatThrownBy(() -> this.duplicates.merge(request(kept, merged, ValueFrom.KEPT),
				new ActingOrganiser(account, event + 1000)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("no event has the id " + (event + 1000));
		assertThatThrownBy(() -> this.duplicates.merge(request(kept, merged, ValueFrom.KEPT), null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("say who merges the persons");
		assertThat(this.rows.snapshot()).isEqualTo(before);
	}

	@Test
	void choosingTheMergedPersonsDisplayNameRenamesTheKeptPersonAndKeepsItsOldNameAsAVariant() {
		PersonSummary kept = this.rows.person("Masami Hiramtsu");
		PersonSummary merged = this.rows.person("Masami Hiramatsu");

		this.duplicates.merge(request(kept, merged, ValueFrom.MERGED), this.organiser);

		assertThat(this.directory.findByGuid(kept.guid()).orElseThrow().displayName()).isEqualTo("Masami Hiramatsu");
		assertThat(stored(kept)).containsEntry("identity_key", "masami hiramatsu");
		assertThat(nameVariants(kept)).containsExactly("Masami Hiramatsu", "Masami Hiramtsu");
		assertThat(this.directory.findByGuid(merged.guid()).orElseThrow().id()).isEqualTo(kept.id());
	}

	@Test
	void whenBothLeadTheSameMicroconferenceTheMergedPersonsLeadIsDroppedAndReported() {
		PersonSummary kept = this.rows.person("Joerg Roedel");
		this.directory.rememberSpellings(kept.id(), List.of("Jörg Rödel"));
		PersonSummary merged = this.rows.person("Jörg Rödel");
		long vfio = this.rows.microconference("vfio");
		long confidential = this.rows.microconference("confidential");
		this.rows.lead(vfio, 1, merged.id(), "Jörg Rödel");
		this.rows.lead(vfio, 2, kept.id(), "Joerg Roedel");
		this.rows.lead(confidential, 1, merged.id(), "Jörg Rödel");

		MergeResult result = this.duplicates.merge(request(kept, merged, ValueFrom.KEPT), this.organiser);

		// the primary key of person_name_variant has no name of its own, so each database
		// names it
		assertThat(result.droppedRows()).extracting(DroppedRow::table, DroppedRow::column, DroppedRow::sameAs)
			.containsExactlyInAnyOrder(tuple("mc_lead", "person_id", Map.of("microconference_id", vfio)),
					tuple("person_name_variant", "person_id", Map.of("name", "Jörg Rödel")));
		assertThat(result.droppedRows()).filteredOn(dropped -> dropped.table().equals("mc_lead"))
			.extracting(DroppedRow::constraint)
			.containsExactly("mc_lead_once");
		assertThat(result.movedRows()).containsEntry("mc_lead.person_id", 1)
			.containsEntry("person_name_variant.person_id", 0);
		assertThat(this.rows.leadsOf(vfio)).containsExactly(kept.id());
		assertThat(this.rows.leadsOf(confidential)).containsExactly(kept.id());
		assertThat(nameVariants(kept)).containsExactly("Joerg Roedel", "Jörg Rödel");
	}

	@Test
	void theMergedPersonsOtherSuggestionsNowNameTheKeptPersonAndDismissalsAreKept() {
		PersonSummary kept = this.rows.person("Person Kept");
		PersonSummary merged = this.rows.person("Person Merged");
		PersonSummary open = this.rows.person("Someone Open");
		PersonSummary dismissed = this.rows.person("Someone Dismissed");
		PersonSummary both = this.rows.person("Someone Both");
		long openWithMerged = this.rows.suggestion(merged.id(), open.id());
		long dismissedWithMerged = this.rows.suggestion(merged.id(), dismissed.id());
		this.duplicates.dismiss(dismissedWithMerged, this.organiser);
		long bothWithKept = this.rows.suggestion(kept.id(), both.id());
		long bothWithMerged = this.rows.suggestion(merged.id(), both.id());

		MergeResult result = this.duplicates.merge(request(kept, merged, ValueFrom.KEPT), this.organiser);

		assertThat(pair(openWithMerged)).containsExactly(kept.id(), open.id());
		assertThat(pair(dismissedWithMerged)).containsExactly(kept.id(), dismissed.id());
		assertThat(pair(bothWithKept)).containsExactly(kept.id(), both.id());
		assertThat(this.jdbc.sql("SELECT count(*) FROM duplicate_suggestion WHERE id = ?")
			.param(bothWithMerged)
			.query(Long.class)
			.single()).isZero();
		assertThat(result.droppedRows()).containsExactly(new DroppedRow("duplicate_suggestion", "first_person_id",
				"duplicate_suggestion_pair_unique", Map.of("second_person_id", both.id())));
		assertThat(result.movedRows()).containsEntry("duplicate_suggestion.first_person_id", 2);
		assertThat(this.duplicates.openSuggestions()).extracting(DuplicateSuggestion::id)
			.containsExactly(openWithMerged, bothWithKept);
	}

	@Test
	void mergingAPersonIntoItselfIsRefused() {
		PersonSummary person = this.rows.person("Masami Hiramatsu");

		assertRefused(() -> this.duplicates.merge(request(person, person, ValueFrom.KEPT), this.organiser),
				Reason.SAME_PERSON, "A person cannot be merged into itself (person " + person.id() + ").");
	}

	@Test
	void aPersonMergedAlreadyCannotBeMergedAgainNorReceiveAnother() {
		PersonSummary kept = this.rows.person("Jörg Rödel");
		PersonSummary merged = this.rows.person("Joerg Roedel");
		PersonSummary third = this.rows.person("Jorg Rodel");
		this.duplicates.merge(request(kept, merged, ValueFrom.KEPT), this.organiser);

		assertRefused(
				() -> this.duplicates.merge(
						new MergeRequest(kept.id(), 1, merged.id(), 1, ValueFrom.KEPT, ValueFrom.KEPT, ValueFrom.KEPT),
						this.organiser),
				Reason.ALREADY_MERGED, "\"Joerg Roedel\" (person " + merged.id()
						+ ") has already been merged into person " + kept.id() + "; merge that person instead.");
		assertRefused(() -> this.duplicates.merge(
				new MergeRequest(merged.id(), 1, third.id(), 0, ValueFrom.KEPT, ValueFrom.KEPT, ValueFrom.KEPT),
				this.organiser), Reason.ALREADY_MERGED, null);
	}

	@Test
	void twoPersonsWhoBothHaveAnAccountCannotBeMerged() {
		PersonSummary kept = this.rows.person("Masami Hiramatsu");
		PersonSummary merged = this.rows.person("Masami Hiramtsu");
		this.rows.account(kept.id());
		this.rows.account(merged.id());

		assertRefused(() -> this.duplicates.merge(request(kept, merged, ValueFrom.KEPT), this.organiser),
				Reason.BOTH_HAVE_ACCOUNTS,
				"Both \"Masami Hiramatsu\" (person " + kept.id() + ") and \"Masami Hiramtsu\" (person " + merged.id()
						+ ") have an account, and a person can have only one: one of the two accounts must be "
						+ "closed before they can be merged.");
	}

	@Test
	void aPersonChangedSinceTheOrganiserChoseIsNotOverwritten() {
		PersonSummary kept = this.rows.person("Masami Hiramatsu");
		PersonSummary merged = this.rows.person("Masami Hiramtsu");
		this.jdbc.sql("UPDATE person SET bio = 'Edited meanwhile', version = version + 1 WHERE id = ?")
			.param(merged.id())
			.update();

		assertRefused(() -> this.duplicates.merge(request(kept, merged, ValueFrom.KEPT), this.organiser),
				Reason.CHANGED_MEANWHILE,
				"\"Masami Hiramtsu\" (person " + merged.id() + ") was changed by someone else since you chose; "
						+ "look at both persons again and repeat the merge.");
	}

	@Test
	void anIncompleteRequestOrAnUnknownPersonIsRefused() {
		PersonSummary kept = this.rows.person("Masami Hiramatsu");
		PersonSummary merged = this.rows.person("Masami Hiramtsu");

		assertThatThrownBy(() -> this.duplicates.merge(null, this.organiser))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("request must not be null");
		assertThatThrownBy(() -> this.duplicates.merge(
				new MergeRequest(kept.id(), 0, merged.id(), 0, ValueFrom.KEPT, null, ValueFrom.KEPT), this.organiser))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("choose whose bio to keep");
		var before = this.rows.snapshot();
		assertThatThrownBy(() -> this.duplicates.merge(
				new MergeRequest(kept.id(), 0, merged.id() + 1000, 0, ValueFrom.KEPT, ValueFrom.KEPT, ValueFrom.KEPT),
				this.organiser))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("no person " + (merged.id() + 1000));
		assertThat(this.rows.snapshot()).isEqualTo(before);
	}

	/**
	 * A uniqueness declared only as an index is invisible to the catalogue the merge
	 * reads, so moving that table's row fails after others have moved: all of it is
	 * rolled back.
	 */
	@Test
	void aMergeThatFailsHalfWayLeavesEveryRowAsItWas() {
		PersonSummary kept = this.rows.person("Masami Hiramatsu");
		PersonSummary merged = this.rows.person("Masami Hiramtsu");
		long tracing = this.rows.microconference("tracing");
		this.rows.lead(tracing, 1, merged.id(), "Masami Hiramtsu");
		this.rows.email(merged.id(), "mhiramat@example.org", true);
		this.rows.account(merged.id());
		this.duplicates.suggestDuplicatesOf(merged.id());
		this.jdbc
			.sql("CREATE TABLE person_merge_probe (person_id BIGINT NOT NULL REFERENCES person (id), "
					+ "tag VARCHAR(20) NOT NULL)")
			.update();
		try {
			this.jdbc.sql("CREATE UNIQUE INDEX person_merge_probe_once ON person_merge_probe (person_id, tag)")
				.update();
			this.jdbc.sql("INSERT INTO person_merge_probe (person_id, tag) VALUES (?, 'x'), (?, 'x')")
				.params(kept.id(), merged.id())
				.update();
			var before = this.rows.snapshot();

			assertThatThrownBy(() -> this.duplicates.merge(request(kept, merged, ValueFrom.MERGED), this.organiser))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("person_merge_probe.person_id")
				.hasMessageContaining("declare it as a UNIQUE constraint");

			assertThat(this.rows.snapshot()).isEqualTo(before);
			assertThat(this.duplicates.openSuggestions()).hasSize(1);
		}
		finally {
			this.jdbc.sql("DROP TABLE person_merge_probe").update();
		}
	}

	@Test
	void ofTwoMergesOfOnePairAtOnceOneSucceedsAndTheOtherIsRefused() throws Exception {
		PersonSummary first = this.rows.person("Masami Hiramatsu");
		PersonSummary second = this.rows.person("Masami Hiramtsu");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Object> outcomes = new ArrayList<>();
		try {
			List<Future<Object>> merges = List.of(
					threads.submit(() -> mergeWhenStarted(start, request(first, second, ValueFrom.KEPT))),
					threads.submit(() -> mergeWhenStarted(start, request(second, first, ValueFrom.KEPT))));
			start.countDown();
			for (Future<Object> merge : merges) {
				outcomes.add(merge.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(outcomes).filteredOn(MergeResult.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(MergeRefusedException.class::isInstance)
			.singleElement()
			.extracting(outcome -> ((MergeRefusedException) outcome).reason())
			.isIn(Reason.ALREADY_MERGED, Reason.CHANGED_MEANWHILE);
		MergeResult done = (MergeResult) outcomes.stream().filter(MergeResult.class::isInstance).findFirst().get();
		assertThat(this.directory.findByGuid(first.guid()).orElseThrow().id()).isEqualTo(done.keptPersonId());
		assertThat(this.directory.findByGuid(second.guid()).orElseThrow().id()).isEqualTo(done.keptPersonId());
	}

	@Test
	void aMergeWaitsForAConcurrentMergeOfTheSamePersonsAndIsThenRefused() throws Exception {
		PersonSummary kept = this.rows.person("Masami Hiramatsu");
		PersonSummary merged = this.rows.person("Masami Hiramtsu");
		CountDownLatch mergedFirst = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		AtomicLong holder = new AtomicLong();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<MergeResult> holding = threads.submit(() -> this.transactions.execute(status -> {
				holder.set(LockWaits.session(this.jdbc));
				MergeResult result = this.duplicates.merge(request(kept, merged, ValueFrom.KEPT), this.organiser);
				mergedFirst.countDown();
				DuplicateSuggestionsTest.awaitLatch(commit);
				return result;
			}));
			assertThat(mergedFirst.await(30, TimeUnit.SECONDS)).isTrue();
			Future<MergeResult> second = threads
				.submit(() -> this.duplicates.merge(request(kept, merged, ValueFrom.MERGED), this.organiser));
			// commit only once the second merge waits for the first one's lock
			LockWaits.awaitBlockedOrDone(this.jdbc, holder.get(), second);
			commit.countDown();

			assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause()
				.isInstanceOfSatisfying(MergeRefusedException.class,
						refused -> assertThat(refused.reason()).isEqualTo(Reason.ALREADY_MERGED));
			assertThat(holding.get(30, TimeUnit.SECONDS).keptPersonId()).isEqualTo(kept.id());
		}
		finally {
			commit.countDown();
			threads.shutdownNow();
		}
		assertThat(stored(kept)).as("merged once, with the first merge's choices")
			.containsEntry("version", 1)
			.containsEntry("display_name", "Masami Hiramatsu");
	}

	private Object mergeWhenStarted(CountDownLatch start, MergeRequest request) throws InterruptedException {
		start.await();
		try {
			return this.duplicates.merge(request, this.organiser);
		}
		catch (MergeRefusedException ex) {
			return ex;
		}
	}

	/** A merge as chosen on freshly created persons (version 0), each field as given. */
	private static MergeRequest request(PersonSummary kept, PersonSummary merged, ValueFrom fields) {
		return new MergeRequest(kept.id(), 0, merged.id(), 0, fields, fields, fields);
	}

	/** Runs a merge that must be refused, and checks that nothing changed. */
	private void assertRefused(Runnable merge, Reason reason, String message) {
		var before = this.rows.snapshot();
		assertThatThrownBy(merge::run).isInstanceOfSatisfying(MergeRefusedException.class, refused -> {
			assertThat(refused.reason()).isEqualTo(reason);
			if (message != null) {
				assertThat(refused).hasMessage(message);
			}
		});
		assertThat(this.rows.snapshot()).isEqualTo(before);
	}

	private List<String> nameVariants(PersonSummary person) {
		return this.jdbc.sql("SELECT name FROM person_name_variant WHERE person_id = ?")
			.param(person.id())
			.query(String.class)
			.list()
			.stream()
			.sorted()
			.toList();
	}

	private List<Long> pair(long suggestionId) {
		return this.jdbc.sql("SELECT first_person_id, second_person_id FROM duplicate_suggestion WHERE id = ?")
			.param(suggestionId)
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single();
	}

}
