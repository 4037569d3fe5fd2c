import Database
import Foundation
import GraphQL

/// The value a connection is sorted by, kept in cursors.
enum SortValue: Comparable, Hashable {
    case int(Int64)
    case text(String)

    var json: JSON {
        switch self {
        case .int(let number): .number(String(number))
        case .text(let text): .string(text)
        }
    }

    var sqlValue: SQLValue {
        switch self {
        case .int(let number): .integer(number)
        case .text(let text): .text(text)
        }
    }
}


/// An opaque cursor: base64 of `{"last_id":…,"last_value":…}`, the shape Shopify's have.
struct Cursor: Equatable {
    var id: Int64
    var value: SortValue

    var text: String {
        let object = JSON.object(["last_id": .number(String(id)), "last_value": value.json])
        return Data(object.serialized().utf8).base64EncodedString()
    }

    init(id: Int64, value: SortValue) {
        self.id = id
        self.value = value
    }

    init(text: String) throws(FieldError) {
        guard let data = Data(base64Encoded: text),
              let json = try? JSON.parse(String(decoding: data, as: UTF8.self)),
              let id = json["last_id"]?.intValue, let value = json["last_value"] else {
            throw FieldError.badRequest("Malformed cursor")
        }
        self.id = Int64(id)
        if let number = value.intValue { self.value = .int(Int64(number)) } else if let text = value.stringValue {
            self.value = .text(text)
        } else {
            throw FieldError.badRequest("Malformed cursor")
        }
    }
}

/// A connection's paging arguments, checked as Shopify checks them.
struct PageRequest {
    static let maximum = 250
    var first: Int?
    var last: Int?
    var after: Cursor?
    var before: Cursor?
    var reverse: Bool
    var query: SearchQuery
    var sortKey: String

    init(_ arguments: FieldArguments, defaultSort: String = "ID", maximum: Int = maximum)
        throws(FieldError)
    {
        first = arguments.int("first")
        last = arguments.int("last")
        let limit = arguments.unbounded ? Int.max - 1 : maximum
        if arguments.unbounded && first == nil && last == nil { first = limit }
        if first == nil && last == nil { throw .badRequest("you must provide one of first or last") }
        if first != nil && last != nil {
            throw .badRequest("providing both first and last is not supported")
        }
        for (name, size) in [("first", first), ("last", last)] {
            guard let size else { continue }
            if size < 0 || size > limit {
                throw .badRequest("The value of `\(name)` must be between 0 and \(limit).")
            }
        }
        after = try arguments.string("after").map { (text) throws(FieldError) in try Cursor(text: text) }
        before = try arguments.string("before").map { (text) throws(FieldError) in try Cursor(text: text) }
        reverse = arguments.bool("reverse") ?? false
        do {
            query = try SearchParser.parse(arguments.string("query") ?? "")
        } catch {
            throw .badRequest("Invalid search query: \(error)")
        }
        sortKey = arguments.string("sortKey") ?? defaultSort
    }

    /// Page size, one more to learn whether another page follows.
    var size: Int { first ?? last ?? 0 }
    /// True when the scan walks the sorted list in ascending order.
    var scansAscending: Bool { (first != nil) != reverse }
    /// The cursor the scan starts after.
    var bound: Cursor? { first != nil ? after : before }
}

/// One page of a connection.
struct Page<T> {
    var items: [(cursor: Cursor, item: T)]
    var hasNextPage: Bool
    var hasPreviousPage: Bool

    /// Builds the page from a scan that walked `request`'s direction and found `scanned`
    /// (at most size + 1) items.
    init(scanned: [(cursor: Cursor, item: T)], request: PageRequest) {
        let more = scanned.count > request.size
        var kept = Array(scanned.prefix(request.size))
        if request.first == nil { kept.reverse() }
        items = kept
        hasNextPage = request.first != nil ? more : request.before != nil
        hasPreviousPage = request.first != nil ? request.after != nil : more
    }

    /// Pages a list already in memory and already filtered, sorted by (value, id) ascending.
    static func of(_ sorted: [(cursor: Cursor, item: T)], request: PageRequest) -> Page<T> {
        let ordered = request.scansAscending ? sorted : sorted.reversed()
        var scanned: [(cursor: Cursor, item: T)] = []
        for entry in ordered where request.bound.map({ isBeyond(entry.cursor, $0, request) }) ?? true {
            scanned.append(entry)
            if scanned.count > request.size { break }
        }
        return Page(scanned: scanned, request: request)
    }

    private static func isBeyond(_ cursor: Cursor, _ bound: Cursor, _ request: PageRequest) -> Bool {
        let key = (cursor.value, cursor.id)
        let limit = (bound.value, bound.id)
        return request.scansAscending ? key > limit : key < limit
    }
}
