package org.ieum.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.centers.VisitorRecord;
import org.ieum.enterprises.DesignationGroup;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.DirectoryCounts;
import org.ieum.enterprises.DirectoryCounts.KeyCount;
import org.ieum.enterprises.DirectoryCounts.TypeCount;
import org.ieum.enterprises.DirectoryCounts.YearCount;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.ieum.stats.StatTable.StatRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Turns the directory's counts into the tables centers publish. A center's figures include
 * the centers below it (Jeonbuk includes Gunsan); the network's include every center.
 */
@Service
class Statistics {

	/** The columns of the trend table: pre-social enterprises together, as centers report them. */
	private static final List<List<DesignationType>> YEAR_COLUMNS = List.of(List.of(DesignationType.SOCIAL_ENTERPRISE),
			List.of(DesignationType.PRE_SOCIAL_REGIONAL, DesignationType.PRE_SOCIAL_MINISTRY),
			List.of(DesignationType.VILLAGE_ENTERPRISE), List.of(DesignationType.COOPERATIVE),
			List.of(DesignationType.SOCIAL_COOPERATIVE), List.of(DesignationType.SELF_SUFFICIENCY));

	private final CentersApi centers;
	private final EnterprisesApi enterprises;
	private final MessageSource messages;
	private final Clock clock;
	private final List<FigureProvider> providers;

	Statistics(CentersApi centers, EnterprisesApi enterprises, MessageSource messages, Clock clock,
			List<FigureProvider> providers) {
		this.centers = centers;
		this.enterprises = enterprises;
		this.messages = messages;
		this.clock = clock;
		this.providers = providers;
	}

	StatisticsReport network(Locale locale) {
		Set<Long> all = centers.all().stream().map(CenterSummary::id).collect(Collectors.toSet());
		return report(null, msg("stats.network.name", locale), all, Optional.empty(), locale);
	}

	StatisticsReport center(CenterSummary center, Locale locale) {
		return report(center.slug(), center.name(), centers.centerAndDescendantIds(center.id()),
				centers.visitorRecord(center.id()), locale);
	}

	private StatisticsReport report(String slug, String name, Set<Long> scope, Optional<VisitorRecord> visitors,
			Locale locale) {
		LocalDate asOf = Seoul.today(clock);
		DirectoryCounts counts = enterprises.counts(scope, asOf);
		List<StatTable> tables = new ArrayList<>(List.of(byType(counts, locale),
				keyed("by-region", "stats.table.byRegion", "stats.column.region", counts.bySigungu(), "hbar", key -> key,
						locale),
				keyed("by-industry", "stats.table.byIndustry", "stats.column.industry", counts.byIndustry(), "hbar",
						key -> msg("enterprises.ksic." + key, locale), locale),
				keyed("by-purpose", "stats.table.byPurpose", "stats.column.purpose", counts.bySocialPurpose(), "bar",
						key -> msg("enterprises.purpose." + key, locale), locale),
				byYear(counts, locale)));
		visitors.ifPresent(v -> tables.add(visitorsByMonth(v, locale)));
		tables.addAll(published(new FigureScope(scope, asOf), locale));
		return new StatisticsReport(slug, name, asOf, counts.organizations(), counts.withDesignation(),
				List.copyOf(tables), visitors.map(v -> new StatisticsReport.Visitors(v.firstDay(), v.lastDay(),
						v.visitors(), v.monthlyAverage())).orElse(null));
	}

	/** The centers module counts visitors; every month of the counted period, partial first and last months too. */
	private StatTable visitorsByMonth(VisitorRecord visitors, Locale locale) {
		List<StatRow> rows = visitors.months().stream()
			.map(m -> new StatRow(messages.getMessage("stats.visitors.month",
					new Object[] { m.month().getYear(), m.month().getMonthValue() }, locale), List.of(m.visitors())))
			.toList();
		return new StatTable("visitors", msg("stats.table.visitors", locale), msg("stats.counts.visitors", locale), "bar",
				msg("stats.column.month", locale), List.of(msg("stats.column.visitors", locale)), rows);
	}

	private StatTable byType(DirectoryCounts counts, Locale locale) {
		List<StatRow> rows = new ArrayList<>();
		for (TypeCount c : counts.byType()) {
			String label = c.type() != null ? msg("enterprises.designationType." + c.type(), locale)
					: msg("stats.group." + c.group(), locale);
			rows.add(new StatRow(label, List.of(c.organizations(), c.designations())));
		}
		return new StatTable("by-type", msg("stats.table.byType", locale), msg("stats.counts.both", locale), "bar",
				msg("stats.column.type", locale),
				List.of(msg("stats.column.organizations", locale), msg("stats.column.designations", locale)), rows);
	}

	private StatTable keyed(String id, String titleKey, String labelKey, List<KeyCount> counts, String chart,
			Function<String, String> label, Locale locale) {
		List<StatRow> rows = counts.stream()
			.map(c -> new StatRow(c.key().isEmpty() ? msg("stats.unknown", locale) : label.apply(c.key()),
					List.of(c.organizations())))
			.toList();
		return new StatTable(id, msg(titleKey, locale), msg("stats.counts.organizations", locale), chart,
				msg(labelKey, locale), List.of(msg("stats.column.organizations", locale)), rows);
	}

	private StatTable byYear(DirectoryCounts counts, Locale locale) {
		Map<Integer, long[]> years = new TreeMap<>();
		for (YearCount c : counts.byDesignationYear()) {
			long[] row = years.computeIfAbsent(c.year(), y -> new long[YEAR_COLUMNS.size()]);
			for (int i = 0; i < YEAR_COLUMNS.size(); i++) {
				if (YEAR_COLUMNS.get(i).contains(c.type())) {
					row[i] += c.designations();
				}
			}
		}
		List<StatRow> rows = years.entrySet().stream()
			.map(e -> new StatRow(String.valueOf(e.getKey()), Arrays.stream(e.getValue()).boxed().toList()))
			.toList();
		List<String> columns = YEAR_COLUMNS.stream()
			.map(types -> types.size() == 1 ? msg("enterprises.designationType." + types.get(0), locale)
					: msg("stats.group." + DesignationGroup.PRE_SOCIAL, locale))
			.toList();
		return new StatTable("by-year", msg("stats.table.byYear", locale), msg("stats.counts.designationsGranted", locale),
				"line", msg("stats.column.year", locale), columns, rows);
	}

	/** What other modules publish through the figures extension point, as tables of this page (whole numbers only). */
	private List<StatTable> published(FigureScope scope, Locale locale) {
		List<StatTable> tables = new ArrayList<>();
		for (FigureProvider provider : providers) {
			for (FigureTable t : provider.publicFigures(scope)) {
				List<StatRow> rows = t.rows().stream()
					.filter(r -> r.decimals() == 0)
					.map(r -> new StatRow(messages.getMessage(r.labelKey(), r.labelArgs().toArray(), r.labelKey(), locale),
							List.of(r.value())))
					.toList();
				String unit = msg(t.unitKey(), locale);
				tables.add(new StatTable(t.id(), msg(t.titleKey(), locale), unit, "hbar", msg("stats.column.item", locale),
						List.of(messages.getMessage("stats.column.amount", new Object[] { unit }, locale)), rows));
			}
		}
		return tables;
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
