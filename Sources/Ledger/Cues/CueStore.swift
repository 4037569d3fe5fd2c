import Database

/// Counts, drill-downs and thresholds of the activities dashboard.
extension Ledger {
    /// Every cue's count, for one shop or (when `shop` is nil) across all shops.
    public func cueCounts(shop: String? = nil) throws -> [CueCount] {
        let thresholds = try cueThresholds()
        return try Cue.allCases.map { cue in
            let sql = "SELECT COUNT(*) FROM (\(cue.query)) c WHERE (? = '' OR c.shop = ?)"
            let count = try connection.scalar(sql, binds(for: cue, shop: shop))?.int64 ?? 0
            return CueCount(cue: cue, count: Int(count), thresholds: thresholds[cue] ?? .standard)
        }
    }

    /// The records behind a cue, newest first, for one shop or across all shops.
    public func cueRecords(_ cue: Cue, shop: String? = nil, limit: Int = 1000) throws -> [CueRecord] {
        let sql = """
            SELECT shop, record, reason, fix, at FROM (\(cue.query)) c
            WHERE (? = '' OR c.shop = ?) ORDER BY at DESC, shop, record LIMIT ?
            """
        let rows = try connection.query(sql, binds(for: cue, shop: shop) + [.integer(Int64(limit))])
        return try rows.map { row in
            CueRecord(shop: try row.string("shop"), record: try row.string("record"),
                      reason: try row.string("reason"), fix: try row.string("fix"),
                      at: try row.int64("at"))
        }
    }

    /// The thresholds each cue reads its count against; cues never changed use the standard ones.
    public func cueThresholds() throws -> [Cue: CueThresholds] {
        var result: [Cue: CueThresholds] = [:]
        for row in try connection.query("SELECT cue, first, second FROM cue_threshold") {
            guard let cue = Cue(rawValue: try row.string("cue")) else { continue }
            result[cue] = CueThresholds(first: try row.int("first"), second: try row.int("second"))
        }
        return result
    }

    /// Changes a cue's thresholds; they must satisfy `0 <= first <= second`.
    public func setCueThresholds(_ cue: Cue, _ thresholds: CueThresholds) throws {
        guard thresholds.first >= 0, thresholds.second >= thresholds.first else {
            throw LedgerError.invalidValue(field: "pair of thresholds (0 <= first <= second)",
                                           value: "\(thresholds.first) \(thresholds.second)")
        }
        try connection.run("""
            INSERT INTO cue_threshold (cue, first, second) VALUES (?, ?, ?)
            ON CONFLICT (cue) DO UPDATE SET first = excluded.first, second = excluded.second
            """, [.text(cue.rawValue), .integer(Int64(thresholds.first)),
                  .integer(Int64(thresholds.second))])
    }

    private func binds(for cue: Cue, shop: String?) -> [SQLValue] {
        let window: [SQLValue] = cue.usesWindow ? [.integer(now - Cue.recentWindowMilliseconds)] : []
        return window + [.text(shop ?? ""), .text(shop ?? "")]
    }
}
