import Ledger
import ShopSyncCore

/// The dashboard as values of the language: tables a script can read and every output format
/// can render (the `state` column is coloured on a terminal).
enum CueTables {
    static func dashboard(_ counts: [CueCount]) -> Table {
        Table(columns: [Table.Column("cue", .string), Table.Column("count", .int),
                        Table.Column("state", .string), Table.Column("what", .string)],
              rows: counts.map { count in
                  [.string(count.cue.rawValue), .int(Int64(count.count)),
                   .string(count.state.rawValue), .string(count.cue.title)]
              })
    }

    static func records(_ records: [CueRecord]) -> Table {
        Table(columns: [Table.Column("shop", .string), Table.Column("record", .string),
                        Table.Column("reason", .string), Table.Column("fix", .string)],
              rows: records.map { record in
                  [.string(record.shop), .string(record.record), .string(record.reason),
                   .string(record.fix)]
              })
    }
}
