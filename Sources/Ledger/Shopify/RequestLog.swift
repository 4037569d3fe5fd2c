import Database

/// One Shopify API call as the request log keeps it. Bodies must already have passed through
/// the client's redactor: the ledger stores what it is given.
public struct RequestLogEntry: Sendable, Equatable {
    public var id: Int64
    public var shop: String
    /// When the request was sent, in milliseconds since 1970 UTC.
    public var at: Int64
    public var operation: String
    public var costRequested: Int?
    public var costActual: Int?
    public var httpStatus: Int
    /// Shopify's `X-Request-Id`, to quote to Shopify support.
    public var requestID: String
    public var retries: Int
    public var isError: Bool
    public var durationMilliseconds: Int64
    public var requestBody: String
    public var responseBody: String

    public init(id: Int64 = 0, shop: String, at: Int64, operation: String, costRequested: Int? = nil,
                costActual: Int? = nil, httpStatus: Int, requestID: String = "", retries: Int = 0,
                isError: Bool, durationMilliseconds: Int64 = 0, requestBody: String = "",
                responseBody: String = "") {
        self.id = id
        self.shop = shop
        self.at = at
        self.operation = operation
        self.costRequested = costRequested
        self.costActual = costActual
        self.httpStatus = httpStatus
        self.requestID = requestID
        self.retries = retries
        self.isError = isError
        self.durationMilliseconds = durationMilliseconds
        self.requestBody = requestBody
        self.responseBody = responseBody
    }

    init(row: Row) throws {
        self.init(id: try row.int64("id"), shop: try row.string("shop"), at: try row.int64("at"),
                  operation: try row.string("operation"), costRequested: try row.optionalInt("cost_requested"),
                  costActual: try row.optionalInt("cost_actual"), httpStatus: try row.int("http_status"),
                  requestID: try row.string("request_id"), retries: try row.int("retries"),
                  isError: try row.int("is_error") != 0,
                  durationMilliseconds: try row.int64("duration_ms"),
                  requestBody: try row.string("request_body"),
                  responseBody: try row.string("response_body"))
    }
}

/// The request log (`request_log`, record kind `api_requests`).
extension Ledger {
    /// Appends one entry and returns its number.
    @discardableResult
    public func appendRequestLog(_ entry: RequestLogEntry) throws -> Int64 {
        try connection.run("""
            INSERT INTO request_log (shop, at, operation, cost_requested, cost_actual, http_status,
              request_id, retries, is_error, duration_ms, request_body, response_body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(entry.shop), .integer(entry.at), .text(entry.operation),
                  entry.costRequested.map { .integer(Int64($0)) } ?? .null,
                  entry.costActual.map { .integer(Int64($0)) } ?? .null,
                  .integer(Int64(entry.httpStatus)), .text(entry.requestID),
                  .integer(Int64(entry.retries)), .integer(entry.isError ? 1 : 0),
                  .integer(entry.durationMilliseconds), .text(entry.requestBody),
                  .text(entry.responseBody)])
        return connection.lastInsertRowID
    }

    /// Entries newest first, of one shop when given, only failures when `errorsOnly`.
    public func requestLog(shop: String? = nil, errorsOnly: Bool = false,
                           limit: Int = 1000) throws -> [RequestLogEntry] {
        var conditions: [String] = []
        var binds: [SQLValue] = []
        if let shop {
            conditions.append("shop = ?")
            binds.append(.text(shop))
        }
        if errorsOnly { conditions.append("is_error = 1") }
        let whereSQL = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        binds.append(.integer(Int64(limit)))
        return try connection.query("SELECT * FROM request_log" + whereSQL + " ORDER BY id DESC LIMIT ?",
                                    binds).map(RequestLogEntry.init(row:))
    }

    /// One entry with its bodies, or nil when there is no such entry.
    public func requestLogEntry(id: Int64) throws -> RequestLogEntry? {
        try connection.queryOne("SELECT * FROM request_log WHERE id = ?", [.integer(id)])
            .map(RequestLogEntry.init(row:))
    }

    /// Deletes a shop's entries older than `before` (milliseconds); returns how many went.
    @discardableResult
    public func pruneRequestLog(shop: String, before: Int64) throws -> Int {
        try connection.run("DELETE FROM request_log WHERE shop = ? AND at < ?",
                           [.text(shop), .integer(before)])
    }
}
