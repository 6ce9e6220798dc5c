package org.plumbline.pagecache;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks a response as the same bytes for every visitor, signed in or not, until the next
 * change of the database's content: browsers and proxies ask again each time
 * ({@code no-cache}) and get a 304 while it is unchanged, and this instance serves the
 * kept bytes without rendering the page again. A response that depends on who asks must
 * never be marked.
 */
public final class SharedPages {

	static final String FRESH_UNTIL = SharedPages.class.getName() + ".freshUntil";

	/**
	 * Tables no marked page may read: a write to them alone leaves every kept page as it
	 * is ({@link ChangeTrackingDataSource}). The sessions', which signed-in requests
	 * touch on every page, and those of sign-in throttling, the mail outbox and solver
	 * runs, which a failed sign-in, a sent mail or a solver's heartbeat write: were they
	 * to count, a stream of sign-in attempts would keep every public page from being
	 * kept, and a database outage would find none kept to serve. And those an attendee's
	 * registration writes (with its audit entry): in a registration rush every commit
	 * dropped every kept page, so the schedule and the MC pages were rendered again for
	 * nearly every visitor, in line with the registrations (102 of 200 public pages a
	 * second answered, RELIABILITY.md). The one kept answer that reads them, the sale's
	 * status ({@code /api/v1/events/{event}/registration}), is kept no longer than its
	 * {@code max-age} of 5 s, as long as browsers and proxies may keep it.
	 */
	public static final Set<String> TABLES_NO_PAGE_READS = Set.of("SPRING_SESSION", "SPRING_SESSION_ATTRIBUTES",
			"LOGIN_THROTTLE", "MAIL_OUTBOX", "SCHEDULING_RUN", "SCHEDULING_RUN_PROGRESS", "REGISTRATION",
			"REGISTRATION_ANSWER", "REGISTRATION_CHANGE_COUNT", "TICKET_TYPE", "MC_PASS", "AUDIT_ENTRY");

	private SharedPages() {
	}

	/**
	 * Declares that what the current transaction writes to these tables, until the
	 * declaration is closed, shows on no page marked {@link #sameForEveryone}: alone,
	 * such writes leave every kept page as it is, as those to
	 * {@link #TABLES_NO_PAGE_READS} do, while a write to any other table still counts,
	 * and so does any write after the close. For rows of a table the kept pages read that
	 * none of them can show, such as a speaker's draft or submitted topic where the pages
	 * show accepted ones only, or a row updated only to lock it. The caller vouches for
	 * it: a test of the feature proves the pages are the same bytes after such a write.
	 * @return what ends the declaration: closed before the transaction's other writes, so
	 * that a caller's own transaction around it is not covered
	 * @throws IllegalStateException outside a transaction, where there is nothing to
	 * declare it of
	 */
	public static UnshownWrites writesShownOnNoPage(String... tables) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"Writes shown on no page are declared inside the transaction that makes them");
		}
		Set<String> declared = Arrays.stream(tables)
			.map(table -> table.toUpperCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		Map<ChangeTrackingDataSource.TrackedWrites, Set<String>> before = new HashMap<>();
		TransactionSynchronizationManager.getResourceMap()
			.values()
			.stream()
			.filter(ConnectionHolder.class::isInstance)
			.map(holder -> ((ConnectionHolder) holder).getConnection())
			.filter(ChangeTrackingDataSource.TrackedWrites.class::isInstance)
			.map(ChangeTrackingDataSource.TrackedWrites.class::cast)
			.forEach(tracked -> {
				before.put(tracked, tracked.unshown());
				tracked.unshown(Stream.concat(tracked.unshown().stream(), declared.stream())
					.collect(Collectors.toUnmodifiableSet()));
			});
		return () -> before.forEach(ChangeTrackingDataSource.TrackedWrites::unshown);
	}

	/** A declaration of {@link #writesShownOnNoPage}, ended by its close. */
	@FunctionalInterface
	public interface UnshownWrites extends AutoCloseable {

		@Override
		void close();

	}

	public static void sameForEveryone(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePublic().getHeaderValue());
	}

	/**
	 * As {@link #sameForEveryone(HttpServletResponse)}, for a page that also changes with
	 * the clock (a call's link shown while the call is open): its kept bytes are not
	 * served from that instant on.
	 * @param nextChange the next instant the page changes by the clock alone, if any
	 */
	public static void sameForEveryoneUntil(HttpServletRequest request, HttpServletResponse response,
			Optional<Instant> nextChange) {
		sameForEveryone(response);
		nextChange.ifPresent(instant -> request.setAttribute(FRESH_UNTIL, instant));
	}

}
