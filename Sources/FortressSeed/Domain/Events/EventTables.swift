/// Facts about the event-side tables that the plan and the loaders need.
public enum EventTables {
    /// Moves the `bigserial` sequences past the ids the data wrote explicitly, so the
    /// application's next insert does not collide: `setval(seq, max, true)` makes the next
    /// `nextval` return max + 1 (and `pg_sequence_last_value` report max); an empty table
    /// restarts at 1.
    public static let sequenceFixups: [String] = ["events_outbox", "analytics_fact_daily_transactions"].map { table in
        "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM \(table);"
    }
}
