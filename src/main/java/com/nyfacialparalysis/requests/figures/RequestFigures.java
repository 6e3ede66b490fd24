package com.nyfacialparalysis.requests.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The requests counted for the reports, by the database with GROUP BY: nothing loads the
 * requests into Java, and no other module reads their table. The weeks are given as a
 * small derived table of start and end moments (Monday 00:00 in the clinic's zone, so
 * summer time is right), joined to the requests by their receipt time, which has an
 * index. The median and 90th percentile are
 * {@code percentile_cont(...) within group (order by ...)}, which H2 2.x and PostgreSQL
 * both compute. Spam is left out everywhere.
 */
@Repository
public class RequestFigures {

	private final JdbcClient jdbc;

	RequestFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Each week's figures, oldest first; {@code promisePendingFrom} is the earliest
	 * receipt whose call-back promise has not passed yet (such requests, not yet called,
	 * are not counted as due).
	 */
	public List<WeekFigures> weeks(List<LocalDate> mondays, ZoneId zone, Instant promisePendingFrom) {
		StringBuilder weeks = new StringBuilder();
		List<Object> parameters = new ArrayList<>();
		parameters.add(moment(promisePendingFrom));
		for (int i = 0; i < mondays.size(); i++) {
			weeks.append((i == 0) ? "" : " union all ")
				.append("select ")
				.append(i)
				.append(" as n, cast(? as timestamp with time zone) as starts,")
				.append(" cast(? as timestamp with time zone) as ends");
			parameters.add(moment(mondays.get(i).atStartOfDay(zone).toInstant()));
			parameters.add(moment(mondays.get(i).plusWeeks(1).atStartOfDay(zone).toInstant()));
		}
		String sql = """
				select w.n as n, count(r.id) as requests,
				  sum(case when r.urgent then 1 else 0 end) as urgent,
				  sum(case when r.within_72_hours and not r.urgent then 1 else 0 end) as within72,
				  count(r.first_call_business_seconds) as called,
				  percentile_cont(0.5) within group (order by r.first_call_business_seconds) as median,
				  percentile_cont(0.9) within group (order by r.first_call_business_seconds) as p90,
				  sum(case when r.first_call_in_time then 1 else 0 end) as kept,
				  sum(case when r.first_call_at is not null or r.received_at < ? then 1 else 0 end) as due
				from (%s) w
				left join consultation_requests r
				  on r.received_at >= w.starts and r.received_at < w.ends and r.status <> 'SPAM'
				group by w.n
				order by w.n""".formatted(weeks);
		// The promise's parameter comes first in the text, before the weeks' ones.
		return this.jdbc.sql(sql)
			.params(parameters)
			.query((row, number) -> new WeekFigures(mondays.get(row.getInt("n")), row.getLong("requests"),
					row.getLong("urgent"), row.getLong("within72"), row.getLong("called"),
					(Double) nullable(row.getObject("median")), (Double) nullable(row.getObject("p90")),
					row.getLong("kept"), row.getLong("due")))
			.list();
	}

	/** Requests received between the two moments, counted by a column, most first. */
	public Map<String, Long> countBy(Breakdown breakdown, Instant from, Instant to) {
		String column = breakdown.column();
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				select r.%1$s as item, count(*) as requests from consultation_requests r
				where r.received_at >= ? and r.received_at < ? and r.status <> 'SPAM'
				group by r.%1$s order by count(*) desc, r.%1$s""".formatted(column))
			.params(moment(from), moment(to))
			.query((row) -> {
				counts.put(row.getString("item"), row.getLong("requests"));
			});
		return counts;
	}

	private static Object nullable(Object value) {
		return (value == null) ? null : ((Number) value).doubleValue();
	}

	private static OffsetDateTime moment(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
