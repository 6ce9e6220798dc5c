package org.plumbline.generator;

import static org.plumbline.generator.SampleEvents.FORM_INSTANT;
import static org.plumbline.generator.SampleEvents.SYSTEM_ACTOR;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.generator.Preset.PresetTicketType;
import org.plumbline.registration.GeneratedRegistrations;
import org.plumbline.registration.GeneratedRegistrations.GeneratedRegistration;
import org.plumbline.registration.Registration;
import org.plumbline.registration.RegistrationList;
import org.plumbline.registration.RegistrationListing.StatusTotal;
import org.plumbline.registration.RegistrationQuery;
import org.plumbline.registration.RegistrationStatus;
import org.plumbline.registration.Registrations;
import org.plumbline.registration.TicketType;
import org.plumbline.registration.TicketTypeFiles;
import org.plumbline.registration.TicketTypeInput;
import org.plumbline.registration.WhoMayBuy;
import org.springframework.stereotype.Component;

/**
 * The sample event's ticket sale, run through the registration feature as attendees and
 * an organiser would: the preset's ticket types, the people registering in a shuffled
 * order (past a type's capacity into its waiting line), payments marked, and the
 * cancellations that put offers in flight.
 */
@Component
class SampleSale {

	/**
	 * @param active registrations holding a place, offered one or waiting
	 * @param offers places offered to people in a waiting line and not yet taken
	 */
	record Sold(int active, int offers) {
	}

	private final TicketTypeFiles ticketTypes;

	private final Registrations registrations;

	private final RegistrationList registrationList;

	private final GeneratedRegistrations generatedRegistrations;

	private final Clock clock;

	SampleSale(TicketTypeFiles ticketTypes, Registrations registrations, RegistrationList registrationList,
			GeneratedRegistrations generatedRegistrations, Clock clock) {
		this.ticketTypes = ticketTypes;
		this.registrations = registrations;
		this.registrationList = registrationList;
		this.generatedRegistrations = generatedRegistrations;
		this.clock = clock;
	}

	Sold sell(Event event, SignedInAccount organiser, Preset preset, List<SignedInAccount> people,
			RandomGenerator random, LocalDate today) {
		List<TicketType> types = ticketTypes(event, preset, today);
		List<SignedInAccount> paidFirstType = register(event, organiser, preset, types, people, random,
				saleOpens(today).atZone(event.timeZone()).toInstant());
		cancel(event, paidFirstType.subList(0, Math.min(preset.cancellations(), paidFirstType.size())));
		Map<RegistrationStatus, Long> byStatus = registrationList
			.page(event, organiser.id(), new RegistrationQuery(null, null, null, RegistrationQuery.Order.CREATED, 1))
			.totals()
			.stream()
			.collect(Collectors.toMap(StatusTotal::status, StatusTotal::count));
		long active = byStatus.entrySet()
			.stream()
			.filter(entry -> entry.getKey().active())
			.mapToLong(Map.Entry::getValue)
			.sum();
		return new Sold((int) active, byStatus.getOrDefault(RegistrationStatus.OFFERED, 0L).intValue());
	}

	/**
	 * Each type went on sale three weeks ago, long enough for its first type to sell out,
	 * and closes a week before the event, as LPC's sales do; at an event that has begun
	 * or begins within the week, at its end, as a sale at the door would.
	 */
	private List<TicketType> ticketTypes(Event event, Preset preset, LocalDate today) {
		LocalDateTime opens = saleOpens(today);
		LocalDate lastDay = event.startDate().minusWeeks(1).isAfter(today) ? event.startDate().minusWeeks(1)
				: event.endDate();
		LocalDateTime closes = lastDay.atTime(18, 0);
		return preset.ticketTypes()
			.stream()
			.map(type -> ticketTypes.createAs(SYSTEM_ACTOR, event,
					new TicketTypeInput(type.name(), type.description(), type.price(), type.currency(),
							Integer.toString(type.capacity()), FORM_INSTANT.format(opens), FORM_INSTANT.format(closes),
							(type.code() == null ? WhoMayBuy.ANYONE : WhoMayBuy.CODE_HOLDERS).name()),
					type.code() == null ? List.of() : List.of(type.code())))
			.toList();
	}

	private static LocalDateTime saleOpens(LocalDate today) {
		return today.minusWeeks(3).atTime(10, 0);
	}

	/**
	 * The people register in a shuffled order, each type's share in turn; past a type's
	 * capacity they join its waiting line. The organiser then marks the type's share of
	 * those awaiting payment paid. Each type's registrations are then dated back across
	 * the sale, most of them in its first days, as a sale that sells out runs.
	 * @return the holders of the first type's places who paid, in their order of arrival
	 */
	private List<SignedInAccount> register(Event event, SignedInAccount organiser, Preset preset,
			List<TicketType> types, List<SignedInAccount> people, RandomGenerator random, Instant saleOpened) {
		long saleSeconds = Duration.between(saleOpened, clock.instant()).toSeconds();
		List<SignedInAccount> shuffled = new ArrayList<>(people);
		Collections.shuffle(shuffled, random);
		List<SignedInAccount> paidFirstType = new ArrayList<>();
		int next = 0;
		for (int t = 0; t < types.size(); t++) {
			PresetTicketType wanted = preset.ticketTypes().get(t);
			TicketType type = types.get(t);
			List<SignedInAccount> attendees = new ArrayList<>();
			List<GeneratedRegistration> arriving = new ArrayList<>();
			for (int i = 0; i < wanted.registrations() && next < shuffled.size(); i++) {
				SignedInAccount attendee = shuffled.get(next++);
				double share = (double) i / wanted.registrations();
				attendees.add(attendee);
				arriving.add(new GeneratedRegistration(attendee.id(),
						saleOpened.plusSeconds((long) (saleSeconds * share * share))));
			}
			List<Registration> registered = generatedRegistrations.registerAll(event, SYSTEM_ACTOR,
					wanted.code() == null ? Long.toString(type.id()) : "", wanted.code() == null ? "" : wanted.code(),
					arriving);
			List<Registration> paying = registered.stream()
				.filter(registration -> registration.status() == RegistrationStatus.AWAITING_PAYMENT
						&& random.nextInt(100) < wanted.paidPercent())
				.toList();
			Set<Long> paid = generatedRegistrations.payAll(event, organiser.id(), paying, wanted.price())
				.stream()
				.map(Registration::id)
				.collect(Collectors.toSet());
			for (int i = 0; t == 0 && i < registered.size(); i++) {
				Registration registration = registered.get(i);
				if (registration.status() == RegistrationStatus.REGISTERED || paid.contains(registration.id())) {
					paidFirstType.add(attendees.get(i));
				}
			}
		}
		return paidFirstType;
	}

	/**
	 * The holders cancel, and each freed place is offered to the next in its line: the
	 * offers in flight a newcomer sees on the organisers' waiting page.
	 */
	private void cancel(Event event, List<SignedInAccount> holders) {
		for (SignedInAccount holder : holders) {
			Registration registration = registrations.mine(event, holder.id()).orElseThrow();
			registrations.cancel(event, holder, registration.version());
		}
	}

}
