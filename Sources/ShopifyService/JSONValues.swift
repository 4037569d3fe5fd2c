import Foundation
import GraphQL
import ShopSyncCore

/// Converts between the language's values and GraphQL JSON, for `shopify query`: variables
/// written as a record go out as JSON, and a reply comes back as records and lists a script can
/// read (`r.data.shop.name`).
enum JSONValues {
    /// The JSON of a value. Dates and times go out as the ISO 8601 text Shopify reads.
    static func json(_ value: Value) -> JSON {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .number(String(number))
        case .decimal(let number): return .number(DecimalText.format(number))
        case .string(let text): return .string(text)
        case .date, .dateTime, .time, .duration: return .string(value.plainText)
        case .list(let items): return .array(items.map(json))
        case .record(let record): return .object(object(record))
        case .table(let table): return .array(table.records.map { .object(object($0)) })
        }
    }

    static func object(_ record: Record) -> JSONObject {
        JSONObject(record.pairs.map { ($0.0, json($0.1)) })
    }

    /// The value of JSON. Whole numbers become integers, others exact decimals; a number too
    /// large for either stays as its text.
    static func value(_ json: JSON) -> Value {
        switch json {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let text):
            if let number = Int64(text) { return .int(number) }
            return DecimalText.parse(text).map(Value.decimal)
                ?? Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")).map(Value.decimal)
                ?? .string(text)
        case .string(let text): return .string(text)
        case .array(let items): return .list(items.map(value))
        case .object(let members): return .record(Record(members.map { ($0.key, value($0.value)) }))
        }
    }
}
