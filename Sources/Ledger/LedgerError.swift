import Database

/// Why a ledger operation refused to act. Every case names the record it is about; nothing was
/// written when one is thrown, because each operation runs in one transaction.
public enum LedgerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A record with this key already exists, e.g. `kind: "item", key: "1000"`.
    case duplicate(kind: String, key: String)
    /// No record of this kind with this key, e.g. `kind: "location", key: "EAST"`.
    case unknown(kind: String, key: String)
    case unknownCustomer(String)
    case unknownItem(String)
    case unknownDocument(String)
    /// The customer, item or G/L account is blocked.
    case blocked(kind: String, key: String)
    /// An item or G/L account line needs a quantity above zero.
    case invalidQuantity(document: String, line: Int, quantity: Int)
    /// An inventory item line needs a location, because its shipment moves stock there.
    case missingLocation(document: String, line: Int)
    /// The line can ship at most its outstanding quantity.
    case quantityToShipTooLarge(document: String, line: Int, requested: Int, outstanding: Int)
    /// The document is not in the status the operation needs (`open` to delete, say).
    case wrongStatus(document: String, status: String, expected: String)
    /// Nothing is left to ship or invoice with the options given.
    case nothingToPost(document: String)
    /// A value does not fit its field, e.g. an unknown line type.
    case invalidValue(field: String, value: String)
    /// A constraint the checks above did not foresee; `message` is the engine's.
    case constraint(kind: String, key: String, message: String)
    /// The test hook `postingFaultAfterWrites` fired.
    case injectedFault(afterWrites: Int)

    public var description: String {
        switch self {
        case .duplicate(let kind, let key): return "\(kind) '\(key)' already exists"
        case .unknown(let kind, let key): return "no \(kind) '\(key)'"
        case .unknownCustomer(let no): return "no customer '\(no)'"
        case .unknownItem(let no): return "no item '\(no)'"
        case .unknownDocument(let no): return "no open sales document '\(no)'"
        case .blocked(let kind, let key): return "\(kind) '\(key)' is blocked"
        case .invalidQuantity(let document, let line, let quantity):
            return "\(document) line \(line): quantity must be above 0, not \(quantity)"
        case .missingLocation(let document, let line):
            return "\(document) line \(line): an inventory item needs a location"
        case .quantityToShipTooLarge(let document, let line, let requested, let outstanding):
            return "\(document) line \(line): cannot ship \(requested), "
                + "only \(outstanding) outstanding"
        case .wrongStatus(let document, let status, let expected):
            return "\(document) is \(status); it must be \(expected)"
        case .nothingToPost(let document): return "\(document): nothing to post"
        case .invalidValue(let field, let value): return "'\(value)' is not a valid \(field)"
        case .constraint(let kind, let key, let message): return "\(kind) '\(key)': \(message)"
        case .injectedFault(let writes): return "injected fault after \(writes) writes"
        }
    }
}

extension Ledger {
    /// Runs a write and turns a constraint violation into an error that names the record:
    /// a key clash into `.duplicate`, anything else into `.constraint`.
    @discardableResult
    func translatingConstraints<T>(kind: String, key: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.isConstraint {
            switch error.constraintKind {
            case .primaryKey?, .unique?: throw LedgerError.duplicate(kind: kind, key: key)
            default:
                let constraint = error.constraintKind?.rawValue ?? "other"
                throw LedgerError.constraint(kind: kind, key: key,
                                             message: "\(constraint) constraint failed")
            }
        }
    }
}
