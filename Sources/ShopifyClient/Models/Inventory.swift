public struct Location: ShopifyDecodable, ShopifyResource {
    public static let typeName = "Location"

    public let id: GlobalID<Location>
    public let name: String
    public let isActive: Bool
    public let fulfillsOnlineOrders: Bool

    public init(from node: NodeReader) throws(DecodeProblem) {
        id = try node.id(of: Location.self)
        name = try node.string("name")
        isActive = try node.bool("isActive", default: true)
        fulfillsOnlineOrders = try node.bool("fulfillsOnlineOrders", default: true)
    }
}

/// An inventory item with its quantities per location (`available`, `on_hand`, …).
public struct InventoryItem: ShopifyDecodable {
    public struct Level: Sendable {
        public let locationID: GlobalID<Location>
        public let quantities: [String: Int]
    }

    public let id: GlobalID<InventoryItemResource>
    public let sku: String?
    public let tracked: Bool
    public let levels: [Level]

    public init(from node: NodeReader) throws(DecodeProblem) {
        id = try node.id(of: InventoryItemResource.self)
        sku = try node.optionalString("sku")
        tracked = try node.bool("tracked", default: true)
        var levels: [Level] = []
        for level in try node.nodes("inventoryLevels") {
            var quantities: [String: Int] = [:]
            for quantity in try level.nodes("quantities") {
                quantities[try quantity.string("name")] = try quantity.int("quantity")
            }
            levels.append(Level(locationID: try level.object("location").id(of: Location.self),
                                quantities: quantities))
        }
        self.levels = levels
    }
}

public struct FulfillmentOrder: ShopifyDecodable, ShopifyResource {
    public static let typeName = "FulfillmentOrder"

    public enum Status: String, Sendable, Hashable {
        case open = "OPEN", inProgress = "IN_PROGRESS", cancelled = "CANCELLED"
        case incomplete = "INCOMPLETE", closed = "CLOSED", scheduled = "SCHEDULED", onHold = "ON_HOLD"
    }

    public struct Line: Sendable {
        public let id: String
        public let lineItemID: GlobalID<LineItemResource>
        public let totalQuantity: Int
        public let remainingQuantity: Int
    }

    public let id: GlobalID<FulfillmentOrder>
    public let status: OpenEnum<Status>
    public let lines: [Line]

    public init(from node: NodeReader) throws(DecodeProblem) {
        id = try node.id(of: FulfillmentOrder.self)
        status = try node.enumValue("status", as: Status.self)
        var lines: [Line] = []
        for line in try node.nodes("lineItems") {
            lines.append(Line(id: try line.string("id"),
                              lineItemID: try line.object("lineItem").id(of: LineItemResource.self),
                              totalQuantity: try line.int("totalQuantity"),
                              remainingQuantity: try line.int("remainingQuantity")))
        }
        self.lines = lines
    }
}
