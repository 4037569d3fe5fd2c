/// Why a simulated change to the sandbox store was refused: the same rules Shopify's admin
/// applies to a merchant doing it by hand.
public enum SimulationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownOrder(String)
    case unknownSKU(String)
    case unknownProduct(String)
    case unknownCustomer(String)
    case unknownLocation(String)
    case cancelled(order: String)
    case nothingToPay(order: String)
    case nothingToRefund(order: String)
    case refundTooLarge(order: String, available: String)
    case nothingToFulfil(order: String)
    case noSuchLine(order: String, sku: String)
    case belowFulfilled(order: String, sku: String, fulfilled: Int)
    case invalidQuantity(Int)
    case invalidAmount(String)
    case emptyStore

    public var description: String {
        switch self {
        case .unknownOrder(let name): "no sandbox order '\(name)'"
        case .unknownSKU(let sku): "no sandbox variant with SKU '\(sku)'"
        case .unknownProduct(let handle): "no sandbox product with handle '\(handle)'"
        case .unknownCustomer(let email): "no sandbox customer with email '\(email)'"
        case .unknownLocation(let name): "no sandbox location named '\(name)'"
        case .cancelled(let order): "order \(order) is cancelled"
        case .nothingToPay(let order): "order \(order) has nothing outstanding to pay"
        case .nothingToRefund(let order): "order \(order) has no payment left to refund"
        case .refundTooLarge(let order, let available):
            "order \(order) can be refunded at most \(available)"
        case .nothingToFulfil(let order): "order \(order) has nothing left to fulfil"
        case .noSuchLine(let order, let sku): "order \(order) has no line with SKU '\(sku)'"
        case .belowFulfilled(let order, let sku, let fulfilled):
            "order \(order): \(fulfilled) of '\(sku)' already fulfilled, cannot go below that"
        case .invalidQuantity(let quantity): "a quantity of \(quantity) is not allowed here"
        case .invalidAmount(let text): "'\(text)' is not an amount of money"
        case .emptyStore: "the sandbox store is empty: seed it first with 'sandbox seed 42'"
        }
    }
}
