package fi.silta.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The alternative: the same catalogue searched with PostgreSQL alone, as many event services do. A search
 * table of published activities with a weighted {@code tsvector} per language (the {@code finnish},
 * {@code swedish} and {@code english} configurations), a trigram index over the titles for partial words
 * and typos, an {@code earthdistance} index for near me, and facet counts with {@code GROUP BY} over the
 * hits, in one statement per search.
 */
final class PostgresFullText {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private PostgresFullText() {
    }

    /** The search table with its indexes and TOAST. */
    static long megabytes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery(
                        "SELECT pg_total_relation_size('bench_pg.activity_search') / (1024 * 1024)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Builds the search table and its indexes from Silta's tables; returns the milliseconds it took. */
    static long build(Connection connection) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            statement.execute("CREATE EXTENSION IF NOT EXISTS cube");
            statement.execute("CREATE EXTENSION IF NOT EXISTS earthdistance");
            statement.execute("DROP SCHEMA IF EXISTS bench_pg CASCADE");
            statement.execute("CREATE SCHEMA bench_pg");
            statement.execute("SET maintenance_work_mem = '256MB'");
            statement.execute(
                    """
                            CREATE TABLE bench_pg.activity_search AS
                            SELECT a.id, a.ongoing, a.free, o.type AS organisation_type, p.municipality_code AS municipality,
                                   p.latitude, p.longitude,
                                   setweight(to_tsvector('finnish', coalesce(a.title_fi, '')), 'A')
                                     || setweight(to_tsvector('finnish', coalesce(a.summary_fi, '')), 'B')
                                     || setweight(to_tsvector('finnish', coalesce(a.description_fi, '')), 'C') AS doc_fi,
                                   setweight(to_tsvector('swedish', coalesce(a.title_sv, '')), 'A')
                                     || setweight(to_tsvector('swedish', coalesce(a.summary_sv, '')), 'B')
                                     || setweight(to_tsvector('swedish', coalesce(a.description_sv, '')), 'C') AS doc_sv,
                                   setweight(to_tsvector('english', coalesce(a.title_en, '')), 'A')
                                     || setweight(to_tsvector('english', coalesce(a.summary_en, '')), 'B')
                                     || setweight(to_tsvector('english', coalesce(a.description_en, '')), 'C') AS doc_en,
                                   lower(concat_ws(' ', a.title_fi, a.title_sv, a.title_en)) AS titles,
                                   ARRAY(SELECT c.category_code FROM activity_category c WHERE c.activity_id = a.id) AS categories,
                                   ARRAY(SELECT t.target_group_code FROM activity_target_group t WHERE t.activity_id = a.id) AS target_groups,
                                   ARRAY(SELECT l.language FROM activity_language l WHERE l.activity_id = a.id) AS languages,
                                   ARRAY(SELECT f.feature FROM activity_accessibility f WHERE f.activity_id = a.id
                                         UNION SELECT f.feature FROM place_accessibility f WHERE f.place_id = a.place_id) AS accessibility
                            FROM activity a
                            JOIN organisation o ON o.id = a.organisation_id
                            LEFT JOIN place p ON p.id = a.place_id
                            WHERE a.status = 'PUBLISHED'""");
            statement.execute("ALTER TABLE bench_pg.activity_search ADD PRIMARY KEY (id)");
            statement.execute("CREATE INDEX ON bench_pg.activity_search USING gin (doc_fi)");
            statement.execute("CREATE INDEX ON bench_pg.activity_search USING gin (doc_sv)");
            statement.execute("CREATE INDEX ON bench_pg.activity_search USING gin (doc_en)");
            statement.execute("CREATE INDEX ON bench_pg.activity_search USING gin (titles gin_trgm_ops)");
            statement.execute("CREATE INDEX ON bench_pg.activity_search (municipality)");
            statement.execute("CREATE INDEX ON bench_pg.activity_search USING gin (categories)");
            statement.execute("CREATE INDEX ON bench_pg.activity_search USING gist (ll_to_earth(latitude, longitude))");
            statement.execute("CREATE INDEX IF NOT EXISTS occurrence_activity_ends_idx ON occurrence (activity_id, ends_at)");
            statement.execute("ANALYZE");
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** A prepared search for one query: its statement text and parameters. */
    record Prepared(String sql, List<Object> parameters) {

        /** Runs the search; returns the total number of hits. */
        long run(Connection connection) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                long total = -1;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        if ("total".equals(rs.getString(1))) {
                            total = rs.getLong(3);
                        }
                    }
                }
                return total;
            }
        }
    }

    static Prepared prepare(BenchQuery query, Instant now) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder session = new StringBuilder(
                "SELECT 1 FROM occurrence o WHERE o.activity_id = s.id AND o.ends_at > ? AND NOT o.cancelled");
        List<Object> sessionParameters = new ArrayList<>();
        sessionParameters.add(Timestamp.from(now));
        if (query.from() != null) {
            session.append(" AND o.starts_at >= ? AND o.starts_at < ?");
            sessionParameters.add(Timestamp.from(query.from().atStartOfDay(FINLAND).toInstant()));
            sessionParameters.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(FINLAND).toInstant()));
        }
        if (query.weekday() != null) {
            session.append(" AND extract(isodow FROM o.starts_at AT TIME ZONE 'Europe/Helsinki') = ?");
            sessionParameters.add(query.weekday().getValue());
        }

        String rank = "0";
        String distance = "NULL::float8";
        StringBuilder select = new StringBuilder("SELECT s.id, s.municipality, s.categories, s.target_groups, "
                + "s.languages, s.accessibility, s.organisation_type, s.free");
        StringBuilder where = new StringBuilder(" FROM bench_pg.activity_search s WHERE true");
        List<Object> selectParameters = new ArrayList<>();
        List<Object> whereParameters = new ArrayList<>();
        if (query.text() != null) {
            rank = "ts_rank(s.doc_fi, websearch_to_tsquery('finnish', ?)) + ts_rank(s.doc_sv, websearch_to_tsquery('swedish', ?))"
                    + " + ts_rank(s.doc_en, websearch_to_tsquery('english', ?)) + word_similarity(?, s.titles)";
            for (int i = 0; i < 4; i++) {
                selectParameters.add(query.text().toLowerCase());
            }
            where.append(
                    " AND (s.doc_fi @@ websearch_to_tsquery('finnish', ?) OR s.doc_sv @@ websearch_to_tsquery('swedish', ?)"
                            + " OR s.doc_en @@ websearch_to_tsquery('english', ?) OR ? <% s.titles)");
            for (int i = 0; i < 4; i++) {
                whereParameters.add(query.text().toLowerCase());
            }
        }
        if (query.municipality() != null) {
            where.append(" AND s.municipality = ?");
            whereParameters.add(query.municipality());
        }
        if (query.category() != null) {
            where.append(" AND s.categories @> ARRAY[?]::varchar[]");
            whereParameters.add(query.category());
        }
        if (query.latitude() != null) {
            distance = "earth_distance(ll_to_earth(?, ?), ll_to_earth(s.latitude, s.longitude))";
            selectParameters.add(query.latitude());
            selectParameters.add(query.longitude());
            where.append(" AND earth_box(ll_to_earth(?, ?), ?) @> ll_to_earth(s.latitude, s.longitude)"
                    + " AND earth_distance(ll_to_earth(?, ?), ll_to_earth(s.latitude, s.longitude)) < ?");
            double metres = query.radiusKm() * 1000.0;
            whereParameters.addAll(List.of(query.latitude(), query.longitude(), metres, query.latitude(),
                    query.longitude(), metres));
        }
        where.append(" AND (EXISTS (").append(session).append(")");
        whereParameters.addAll(sessionParameters);
        if (query.from() == null && query.weekday() == null) {
            where.append(" OR s.ongoing");
        }
        where.append(")");
        boolean soonest = query.text() == null && query.latitude() == null;
        String next = "NULL::timestamptz";
        List<Object> nextParameters = new ArrayList<>();
        if (soonest) {
            next = "(" + session.toString().replace("SELECT 1", "SELECT min(o.starts_at)") + ")";
            nextParameters.addAll(sessionParameters);
        }
        select.append(", ").append(rank).append(" AS rank, ").append(distance).append(" AS distance, ").append(next)
                .append(" AS next_start");
        String order = query.latitude() != null ? "distance, id"
                : query.text() != null ? "rank DESC, id" : "next_start NULLS LAST, id";

        parameters.addAll(selectParameters);
        parameters.addAll(nextParameters);
        parameters.addAll(whereParameters);
        String sql = "WITH hits AS MATERIALIZED (" + select + where + ")\n"
                + "SELECT 'page', id::text, 0::bigint FROM (SELECT id FROM hits ORDER BY " + order + " LIMIT "
                + BenchQuery.PAGE_SIZE + ") page\n"
                + "UNION ALL SELECT 'total', NULL, count(*) FROM hits\n"
                + "UNION ALL SELECT 'municipality', municipality, count(*) FROM hits GROUP BY municipality\n"
                + "UNION ALL SELECT 'category', c, count(*) FROM hits, unnest(categories) c GROUP BY c\n"
                + "UNION ALL SELECT 'targetGroup', t, count(*) FROM hits, unnest(target_groups) t GROUP BY t\n"
                + "UNION ALL SELECT 'language', l, count(*) FROM hits, unnest(languages) l GROUP BY l\n"
                + "UNION ALL SELECT 'accessibility', f, count(*) FROM hits, unnest(accessibility) f GROUP BY f\n"
                + "UNION ALL SELECT 'organisationType', organisation_type, count(*) FROM hits GROUP BY organisation_type\n"
                + "UNION ALL SELECT 'free', free::text, count(*) FROM hits GROUP BY free";
        return new Prepared(sql, parameters);
    }
}
