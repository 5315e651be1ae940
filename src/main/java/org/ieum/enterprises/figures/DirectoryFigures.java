package org.ieum.enterprises.figures;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.ieum.enterprises.DesignationGroup;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.DirectoryCounts;
import org.ieum.enterprises.DirectoryCounts.KeyCount;
import org.ieum.enterprises.DirectoryCounts.TypeCount;
import org.ieum.enterprises.DirectoryCounts.YearCount;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the directory with a handful of grouped SQL queries (no entity is loaded), so the
 * statistics page costs the same few queries for 30 organizations or 100,000.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryFigures {

	/** Organizations owned by one of the centers and not closed; founding teams not yet founded are not counted. */
	private static final String IN_SCOPE = """
			o.status <> 'CLOSED' and o.founding_team = false and exists (select 1 from enterprises_organization_center oc
			                                 where oc.organization_id = o.id and oc.center_id in (:centers))""";

	/**
	 * Owned by one of the centers, whatever the status: history does not change when an organization closes later.
	 * Founding teams not yet founded are not organizations yet.
	 */
	private static final String OWNED = """
			o.founding_team = false and exists (select 1 from enterprises_organization_center oc
			        where oc.organization_id = o.id and oc.center_id in (:centers))""";

	/**
	 * Designations in force on the reference date. Written with coalesce rather than "is null or
	 * >=": H2 otherwise walks the valid_until index and runs several times slower.
	 */
	private static final String IN_FORCE = "d.status = 'ACTIVE' and coalesce(d.valid_until, date '9999-12-31') >= :asOf"
			+ " and coalesce(d.designated_on, date '0001-01-01') <= :asOf";

	/**
	 * How long counts are kept even without a change seen here: writes this node cannot see
	 * (another application node, plain SQL) show up after at most this long.
	 */
	static final Duration CACHE_LIFETIME = Duration.ofMinutes(5);

	private record Key(Set<Long> centerIds, LocalDate asOf) {
	}

	private record Cached(long version, Instant at, DirectoryCounts counts) {
	}

	private final NamedParameterJdbcTemplate jdbc;
	private final FiguresFollowChanges changes;
	private final Clock clock;
	private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

	DirectoryFigures(NamedParameterJdbcTemplate jdbc, FiguresFollowChanges changes, Clock clock) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * The counts, from a cache that any change to an organization or designation empties: at
	 * 100,000 organizations counting takes far longer than showing the statistics page may.
	 */
	public DirectoryCounts count(Collection<Long> centerIds, LocalDate asOf) {
		Key key = new Key(Set.copyOf(centerIds), asOf);
		long version = changes.version();
		Instant now = clock.instant();
		Cached cached = cache.get(key);
		if (cached != null && cached.version() == version && cached.at().plus(CACHE_LIFETIME).isAfter(now)) {
			return cached.counts();
		}
		DirectoryCounts counts = countNow(centerIds, asOf);
		if (cache.size() > 500) {
			cache.clear();
		}
		cache.put(key, new Cached(version, now, counts));
		return counts;
	}

	private DirectoryCounts countNow(Collection<Long> centerIds, LocalDate asOf) {
		if (centerIds.isEmpty()) {
			return new DirectoryCounts(asOf, 0, 0, typeCounts(Map.of(), Map.of()), List.of(), List.of(),
					List.of(), List.of(), List.of());
		}
		MapSqlParameterSource p = new MapSqlParameterSource("centers", centerIds).addValue("asOf", Date.valueOf(asOf));
		long organizations = jdbc.queryForObject("select count(*) from enterprises_organization o where " + IN_SCOPE, p,
				Long.class);
		Map<DesignationType, long[]> perType = new EnumMap<>(DesignationType.class);
		jdbc.query("select d.type, count(distinct d.organization_id), count(*) from enterprises_designation d"
				+ " join enterprises_organization o on o.id = d.organization_id where " + IN_SCOPE + " and " + IN_FORCE
				+ " group by d.type", p, rs -> {
					perType.put(DesignationType.valueOf(rs.getString(1)), new long[] { rs.getLong(2), rs.getLong(3) });
				});
		// One pass for "holds any" and for each group, so an organization with two types of a group counts once.
		StringBuilder groups = new StringBuilder("select count(distinct d.organization_id)");
		for (DesignationGroup group : DesignationGroup.values()) {
			groups.append(", count(distinct case when d.type in (")
				.append(group.types().stream().map(t -> "'" + t.name() + "'").sorted().collect(Collectors.joining(",")))
				.append(") then d.organization_id end)");
		}
		long[] grouped = jdbc.queryForObject(groups + " from enterprises_designation d join enterprises_organization o"
				+ " on o.id = d.organization_id where " + IN_SCOPE + " and " + IN_FORCE, p, (rs, i) -> {
					long[] values = new long[DesignationGroup.values().length + 1];
					for (int c = 0; c < values.length; c++) {
						values[c] = rs.getLong(c + 1);
					}
					return values;
				});
		long withDesignation = grouped[0];
		Map<DesignationGroup, long[]> perGroup = new EnumMap<>(DesignationGroup.class);
		for (DesignationGroup group : DesignationGroup.values()) {
			long designations = group.types().stream().mapToLong(t -> perType.getOrDefault(t, new long[2])[1]).sum();
			perGroup.put(group, new long[] { grouped[group.ordinal() + 1], designations });
		}
		return new DirectoryCounts(asOf, organizations, withDesignation, typeCounts(perType, perGroup),
				keyCounts("coalesce(o.sido, '') || ' ' || coalesce(o.sigungu, '')", p),
				keyCounts("coalesce(o.industry, '')", p), keyCounts("coalesce(o.social_purpose, '')", p),
				yearCounts(p), statusCounts(p));
	}

	private static List<TypeCount> typeCounts(Map<DesignationType, long[]> perType, Map<DesignationGroup, long[]> perGroup) {
		List<TypeCount> counts = new ArrayList<>();
		for (DesignationType type : DesignationType.values()) {
			long[] c = perType.getOrDefault(type, new long[2]);
			counts.add(new TypeCount(type, null, c[0], c[1]));
		}
		for (DesignationGroup group : DesignationGroup.values()) {
			long[] c = perGroup.getOrDefault(group, new long[2]);
			counts.add(new TypeCount(null, group, c[0], c[1]));
		}
		return counts;
	}

	private List<KeyCount> keyCounts(String keyExpression, MapSqlParameterSource p) {
		return jdbc.query("select " + keyExpression + " as k, count(*) from enterprises_organization o where " + IN_SCOPE
				+ " group by " + keyExpression + " order by count(*) desc, k", p,
				(rs, i) -> new KeyCount(rs.getString(1).strip(), rs.getLong(2)));
	}

	private List<YearCount> yearCounts(MapSqlParameterSource p) {
		return jdbc.query("""
				select extract(year from d.designated_on) as y, d.type, count(*) from enterprises_designation d
				join enterprises_organization o on o.id = d.organization_id
				where %s and d.status <> 'CANCELLED' and d.designated_on is not null and d.designated_on <= :asOf
				group by extract(year from d.designated_on), d.type order by y, d.type
				""".formatted(OWNED), p,
				(rs, i) -> new YearCount(rs.getInt(1), DesignationType.valueOf(rs.getString(2)), rs.getLong(3)));
	}

	/** Every status, closed included, so the scope here is ownership alone. */
	private List<KeyCount> statusCounts(MapSqlParameterSource p) {
		return jdbc.query("""
				select o.status, count(*) from enterprises_organization o where %s
				group by o.status order by o.status
				""".formatted(OWNED), p, (rs, i) -> new KeyCount(rs.getString(1), rs.getLong(2)));
	}

	/** Designations in force whose last day falls within [from, to], per type, for the staff dashboard. */
	public Map<DesignationType, Long> expiring(Collection<Long> centerIds, LocalDate from, LocalDate to) {
		Map<DesignationType, Long> counts = new EnumMap<>(DesignationType.class);
		if (centerIds.isEmpty()) {
			return counts;
		}
		MapSqlParameterSource p = new MapSqlParameterSource("centers", centerIds).addValue("from", Date.valueOf(from))
			.addValue("to", Date.valueOf(to));
		jdbc.query("select d.type, count(*) from enterprises_designation d join enterprises_organization o"
				+ " on o.id = d.organization_id where " + IN_SCOPE + " and d.status = 'ACTIVE'"
				+ " and d.valid_until >= :from and d.valid_until <= :to group by d.type", p,
				rs -> {
					counts.put(DesignationType.valueOf(rs.getString(1)), rs.getLong(2));
				});
		return counts;
	}
}
