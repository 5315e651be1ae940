package org.ieum.centers;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The centers as every page looks them up: a portal's address name or a center id to its center, and the header and
 * footer of each portal (name, address, phone, hours, the centers around it). They change a few times a
 * year and every page of a portal asks for them, so they are read once and read again after a change.
 * <p>
 * Whichever path writes a {@link Center}, {@link Site}, {@link WeeklyHours} or {@link SpecialHours}, once
 * the transaction commits ({@link CenterRecordsChanged}) the number below moves on and the next page reads
 * the centers anew. A center written by plain SQL (no listener) is still found
 * by its address name: a name not known here is looked up in the database. In a cluster another node's
 * change is seen within {@code ieum.centers.recheck} (the profile {@code cluster} sets it; on one node it is
 * zero: nothing but a change makes it read again).
 */
@Component
class KnownCenters {

	private final AtomicLong generation = new AtomicLong();
	private final CenterDirectory directory;
	private final OpeningHoursCalendar hours;
	private final TransactionTemplate readOnly;
	private final long recheckNanos;
	private volatile Snapshot snapshot;

	KnownCenters(CenterDirectory directory, OpeningHoursCalendar hours, PlatformTransactionManager transactions,
			@Value("${ieum.centers.recheck:0s}") Duration recheck) {
		this.directory = directory;
		this.hours = hours;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.recheckNanos = recheck.toNanos();
	}

	/** Every center by its address name, read at one generation, and the portal views made from them since. */
	private record Snapshot(long generation, long readAt, Map<String, CenterSummary> bySlug,
			Map<Long, CenterSummary> byId, Map<String, PortalView> views) {
	}

	Optional<CenterSummary> byId(long id) {
		CenterSummary known = current().byId().get(id);
		if (known != null) {
			return Optional.of(known);
		}
		return readOnly.execute(status -> directory.find(id).map(Center::summary));
	}

	Optional<CenterSummary> bySlug(String slug) {
		CenterSummary known = current().bySlug().get(slug);
		if (known != null) {
			return Optional.of(known);
		}
		return readOnly.execute(status -> directory.findBySlug(slug).map(Center::summary));
	}

	/** The header and footer of this center's portal in this language, or empty for an unknown address name. */
	Optional<PortalView> portal(String slug, Locale locale, PortalAdvice advice) {
		Snapshot now = current();
		if (!now.bySlug().containsKey(slug)) {
			// not among the centers read (written by plain SQL, or no such center): asked of the database, not kept
			return readOnly.execute(status -> directory.findBySlug(slug).map(c -> advice.portalOf(c, locale)));
		}
		String key = slug + '|' + locale.getLanguage();
		PortalView view = now.views().get(key);
		if (view == null) {
			view = readOnly.execute(status -> directory.findBySlug(slug).map(c -> advice.portalOf(c, locale)).orElse(null));
			if (view == null) {
				return Optional.empty();
			}
			now.views().put(key, view);
		}
		return Optional.of(view);
	}

	/** Whether this center is among those read (for tests: a committed change is read again at once). */
	boolean knows(String slug) {
		return current().bySlug().containsKey(slug);
	}

	private Snapshot current() {
		Snapshot known = snapshot;
		long asOf = generation.get();
		if (known != null && known.generation() == asOf
				&& (recheckNanos == 0 || System.nanoTime() - known.readAt() < recheckNanos)) {
			return known;
		}
		// read at the generation seen before reading: a change committed meanwhile makes the next page read again
		long readAt = System.nanoTime();
		Map<String, CenterSummary> bySlug = readOnly.execute(status -> {
			Map<String, CenterSummary> all = new LinkedHashMap<>();
			directory.hierarchy().forEach(c -> all.put(c.getSlug(), c.summary()));
			return all;
		});
		Map<Long, CenterSummary> byId = new LinkedHashMap<>();
		bySlug.values().forEach(c -> byId.put(c.id(), c));
		Snapshot read = new Snapshot(asOf, readAt, Map.copyOf(bySlug), Map.copyOf(byId), new ConcurrentHashMap<>());
		snapshot = read;
		return read;
	}

	/** After a change to a center, a site or opening hours is committed (on this node). */
	@EventListener
	void on(CenterRecordsChanged changed) {
		generation.incrementAndGet();
	}
}
