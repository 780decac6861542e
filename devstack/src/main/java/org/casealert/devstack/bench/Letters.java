package org.casealert.devstack.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The letters notify-service rendered for institutions since a moment, read from its database (the
 * API opens and audits every letter's text): appeals of single cases ({@code appeal}) and, where the
 * notify service groups them, letters of a corridor batch ({@code group_letter}), per institution and
 * crossing.
 */
final class Letters {

    /** Letters per institution and crossing. */
    record Count(int total, int caseLetters, int groupLetters, int mostPerInstitutionAndCrossing,
            Map<String, Map<String, Integer>> byInstitutionAndCrossing) {
    }

    private Letters() {
    }

    /** @param corridorOfCase the cases to count appeals of, with their corridors */
    static Count since(String jdbcUrl, Instant since, Map<String, String> corridorOfCase) throws SQLException {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        int caseLetters = 0;
        int groupLetters = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, PostgresLogin.user(), "")) {
            try (PreparedStatement query = db.prepareStatement("""
                    select r.name, a.case_id, count(*) from appeal a join recipient r on r.id = a.recipient_id
                    where a.created_at >= ? group by r.name, a.case_id""")) {
                query.setTimestamp(1, Timestamp.from(since));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String corridor = corridorOfCase.get(rows.getString(2));
                        if (corridor != null) {
                            add(counts, rows.getString(1), corridor, rows.getInt(3));
                            caseLetters += rows.getInt(3);
                        }
                    }
                }
            }
            if (hasTable(db, "group_letter")) {
                try (PreparedStatement query = db.prepareStatement("""
                        select r.name, g.corridor, count(*) from group_letter l
                        join appeal_group g on g.batch_id = l.batch_id join recipient r on r.id = l.recipient_id
                        where l.created_at >= ? group by r.name, g.corridor""")) {
                    query.setTimestamp(1, Timestamp.from(since));
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            add(counts, rows.getString(1), rows.getString(2), rows.getInt(3));
                            groupLetters += rows.getInt(3);
                        }
                    }
                }
            }
        }
        int most = counts.values().stream().flatMap(perCrossing -> perCrossing.values().stream())
                .max(Comparator.naturalOrder()).orElse(0);
        return new Count(caseLetters + groupLetters, caseLetters, groupLetters, most, counts);
    }

    private static void add(Map<String, Map<String, Integer>> counts, String institution, String corridor, int letters) {
        counts.computeIfAbsent(institution, name -> new TreeMap<>()).merge(corridor, letters, Integer::sum);
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }
}
