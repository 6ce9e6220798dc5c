package org.plumbline.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.AccountSummary;
import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.registration.ColumnMapping.Separator;
import org.plumbline.registration.StatementLine.Outcome;
import org.plumbline.registration.domain.BankStatementRepository;
import org.plumbline.registration.domain.StatementMatcher.Referenced;
import org.plumbline.registration.domain.PaymentRepository;
import org.plumbline.registration.domain.RegistrationRepository;
import org.plumbline.registration.domain.StatementMatcher;
import org.plumbline.registration.domain.StatementReader;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bank statements matched with the registrations awaiting payment (issue 13, point 3): an
 * organiser uploads the bank's CSV (kept in the database, so any instance reads it on),
 * maps its columns, sees every line's match, and applies the clean ones. Unknown and
 * forged references, duplicates, wrong amounts and lines for registrations that owe
 * nothing are listed apart and never applied. Applying records the clean matches in one
 * transaction, each audited and mailed, or nothing if a registration changed meanwhile.
 */
@Service
public class BankStatements {

	static final String CHANGED = "A registration changed while the statement was applied, so nothing was recorded. "
			+ "The matching below is as it is now.";

	private static final int SAMPLE_ROWS = 5;

	private final BankStatementRepository statements;

	private final RegistrationRepository registrations;

	private final Payments payments;

	private final PaymentRepository storedPayments;

	private final Rights rights;

	private final AccountPersons accounts;

	private final AuditLog audit;

	private final Clock clock;

	BankStatements(BankStatementRepository statements, RegistrationRepository registrations, Payments payments,
			PaymentRepository storedPayments, Rights rights, AccountPersons accounts, AuditLog audit, Clock clock) {
		this.statements = statements;
		this.registrations = registrations;
		this.payments = payments;
		this.storedPayments = storedPayments;
		this.rights = rights;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A statement's first rows, split at the separator guessed or chosen, to map its
	 * columns by.
	 */
	public record Sample(Separator separator, List<List<String>> rows) {

		/** How many columns the widest sample row has. */
		public int columns() {
			return rows.stream().mapToInt(List::size).max().orElse(0);
		}

	}

	/**
	 * Keeps an uploaded statement once it is CSV that a mapping can read.
	 * @return the stored statement
	 * @throws PaymentNotFoundException if the account does not organise the event
	 * @throws InvalidFields beside {@code file} for a file that is empty, too big, not
	 * text or not CSV
	 */
	@Transactional
	public BankStatement upload(Event event, long actorAccountId, String fileName, byte[] content) {
		Organisers.require(rights, event, actorAccountId);
		String text = StatementReader.text(content);
		String name = fileName == null || fileName.isBlank() ? "statement.csv"
				: fileName.strip().substring(0, Math.min(255, fileName.strip().length()));
		long id = statements.insert(event.id(), name, text, actorAccountId, clock.instant());
		BankStatement stored = statements.find(event.id(), id).orElseThrow();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("fileName", name);
		after.put("bytes", content.length);
		record(event, actorAccountId, stored, "bank-statement-uploaded", null, after);
		return stored;
	}

	/**
	 * @throws PaymentNotFoundException if the account does not organise the event, or the
	 * statement is not the event's
	 */
	@Transactional(readOnly = true)
	public BankStatement find(Event event, long actorAccountId, long statementId) {
		Organisers.require(rights, event, actorAccountId);
		return statements.find(event.id(), statementId)
			.orElseThrow(() -> new PaymentNotFoundException("no statement " + statementId + " in the event"));
	}

	/** The event's statements, the newest first. */
	@Transactional(readOnly = true)
	public List<BankStatement> ofEvent(Event event, long actorAccountId) {
		Organisers.require(rights, event, actorAccountId);
		return statements.ofEvent(event.id());
	}

	/**
	 * The statement's first rows, split at the given separator, or at the one its first
	 * line uses most for {@code null}.
	 */
	@Transactional(readOnly = true)
	public Sample sample(Event event, long actorAccountId, long statementId, Separator chosen) {
		String text = statements.content(find(event, actorAccountId, statementId).id());
		Separator separator = chosen != null ? chosen : StatementReader.guessSeparator(text);
		return new Sample(separator, StatementReader.sample(text, separator, SAMPLE_ROWS));
	}

	/**
	 * Every line of the statement matched as the registrations stand now.
	 * @throws InvalidFields for a mapping that the file does not fit: a column a row
	 * lacks, an amount that is no number, a date in another format
	 */
	@Transactional(readOnly = true)
	public List<StatementLine> preview(Event event, long actorAccountId, long statementId, ColumnMapping mapping) {
		return matched(event, find(event, actorAccountId, statementId), mapping);
	}

	/**
	 * Records every clean match as paid, in one transaction, at the version of the
	 * statement the organiser's page showed.
	 * @return the lines as matched when they were applied
	 * @throws RegistrationRefusedException if the statement was applied already
	 * @throws OptimisticLockingFailureException if the statement, or a registration it
	 * pays, changed meanwhile: nothing was recorded
	 */
	@Transactional
	public List<StatementLine> apply(Event event, long actorAccountId, long statementId, int version,
			ColumnMapping mapping) {
		BankStatement statement = find(event, actorAccountId, statementId);
		if (statement.applied()) {
			throw new RegistrationRefusedException("This statement was applied already; it recorded "
					+ statement.appliedCount() + (statement.appliedCount() == 1 ? " payment." : " payments."));
		}
		if (statement.version() != version) {
			throw new OptimisticLockingFailureException(CHANGED);
		}
		Map<String, Referenced> byReference = byReference(event);
		List<StatementLine> lines = StatementMatcher.match(
				StatementReader.lines(statements.content(statement.id()), mapping), byReference, statement.id(),
				event.timeZone());
		Instant now = clock.instant();
		int recorded = 0;
		// in the order of the registrations' ids, so that two statements applied at once
		// lock
		// the rows they share in the same order and never wait for each other in a circle
		List<StatementLine> clean = lines.stream()
			.filter(line -> line.outcome() == Outcome.CLEAN)
			.sorted(Comparator.comparingLong(line -> byReference.get(line.reference()).registration().id()))
			.toList();
		for (StatementLine line : clean) {
			pay(event, actorAccountId, statement, byReference.get(line.reference()), line, now);
			recorded++;
		}
		if (!statements.markApplied(statement.id(), version, actorAccountId, recorded, now)) {
			throw new OptimisticLockingFailureException(CHANGED);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("fileName", statement.fileName());
		after.put("recorded", recorded);
		for (Outcome apart : List.of(Outcome.UNKNOWN, Outcome.DUPLICATE, Outcome.WRONG_AMOUNT, Outcome.NOT_DUE)) {
			after.put(apart.name().toLowerCase(Locale.ROOT),
					lines.stream().filter(line -> line.outcome() == apart).count());
		}
		record(event, actorAccountId, statement, "bank-statement-applied", null, after);
		return lines;
	}

	private void pay(Event event, long actorAccountId, BankStatement statement, Referenced referenced,
			StatementLine line, Instant now) {
		Registration registration = referenced.registration();
		if (!storedPayments.markPaid(registration.id(), registration.version(), registration.priceMinor(),
				actorAccountId, statement.id(), now)) {
			throw new OptimisticLockingFailureException(CHANGED);
		}
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("bankStatement", statement.fileName());
		source.put("row", line.row());
		source.put("bankDate", line.date());
		payments.recorded(event, actorAccountId, registration, registration.priceMinor(), source);
	}

	private List<StatementLine> matched(Event event, BankStatement statement, ColumnMapping mapping) {
		return StatementMatcher.match(StatementReader.lines(statements.content(statement.id()), mapping),
				byReference(event), statement.id(), event.timeZone());
	}

	/** Every registration of the event, ended ones included, by reference. */
	private Map<String, Referenced> byReference(Event event) {
		Map<String, Registration> byReference = registrations.byReference(event.id());
		Map<Long, AccountSummary> holders = accounts
			.summaries(byReference.values().stream().map(Registration::accountId).collect(Collectors.toSet()));
		Map<Long, Long> paidBy = statements.paidByStatement(event.id());
		Map<String, Referenced> referenced = new HashMap<>();
		byReference.forEach((reference, registration) -> referenced.put(reference, new Referenced(registration,
				holders.get(registration.accountId()).displayName(), paidBy.get(registration.id()))));
		return referenced;
	}

	private void record(Event event, long actorAccountId, BankStatement statement, String action, Object before,
			Object after) {
		audit.record(new AuditEntry(event.id(), actorAccountId, null, "bank-statement", Long.toString(statement.id()),
				action, before, after, null));
	}

}
