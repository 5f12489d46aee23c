/// Facts about the event-side tables that the plan and the loaders need.
public enum EventTables {
    /// Moves the `bigserial` sequences past the ids the data wrote explicitly, so the
    /// application's next insert does not collide: `setval(seq, max, true)` makes the next
    /// `nextval` return max + 1 (and `pg_sequence_last_value` report max); an empty table
    /// with an unused sequence restarts at 1.
    ///
    /// Never moves a sequence back: shards loading at once each see only the rows
    /// committed so far, and `setval` is not transactional, so each takes the larger
    /// of its table's largest id and where the sequence already is; whichever runs
    /// last leaves it after every shard's ids.
    public static let sequenceFixups: [String] = ["events_outbox", "analytics_fact_daily_transactions"].map { table in
        """
        SELECT setval(s, greatest(m, 1), m > 0) FROM (SELECT s, greatest(coalesce((SELECT max(id) FROM \(table)), 0), \
        coalesce(pg_sequence_last_value(s), 0)) AS m FROM (SELECT pg_get_serial_sequence('\(table)', 'id')::regclass AS s) q) r;
        """
    }
}
