/// A merchant's change to a product, as `sandbox product` applies it; nil fields stay.
public struct ProductChange: Sendable {
    public var title: String?
    /// ACTIVE, DRAFT or ARCHIVED.
    public var status: String?
    public var addTag: String?

    public init(title: String? = nil, status: String? = nil, addTag: String? = nil) {
        self.title = title
        self.status = status
        self.addTag = addTag
    }
}

/// A merchant's or buyer's change to a customer, as `sandbox customer` applies it.
public struct CustomerChange: Sendable {
    public var firstName: String?
    public var lastName: String?
    public var phone: String?
    public var addTag: String?
    /// ENABLED, DISABLED, INVITED or DECLINED.
    public var state: String?

    public init(firstName: String? = nil, lastName: String? = nil, phone: String? = nil,
                addTag: String? = nil, state: String? = nil) {
        self.firstName = firstName
        self.lastName = lastName
        self.phone = phone
        self.addTag = addTag
        self.state = state
    }
}

/// Changes to products, prices, stock and customers made in Shopify itself, so a sync has
/// something to notice. Each bumps `updatedAt` of what it changed to sandbox now.
extension SandboxStore {
    /// Sets a variant's price and compare-at price; the product counts as updated too.
    public func setPrice(sku: String, price: Money?, compareAtPrice: Money? = nil) throws {
        try changeVariant(sku) { variant, time, session in
            if let price { variant.price = price }
            if let compareAtPrice { variant.compareAtPrice = compareAtPrice }
            try session.touch(ProductRecord.self, id: variant.productId, at: time)
        }
    }

    /// Sets the available units of a variant at a location (the first active one by default);
    /// on hand moves by the same amount, as a stock count does.
    public func setStock(sku: String, available: Int, location: String? = nil) throws {
        guard available >= 0 else { throw SimulationError.invalidQuantity(available) }
        try changeVariant(sku) { variant, time, session in
            let place = try session.location(named: location)
            guard let index = variant.levels.firstIndex(where: { $0.locationId == place.id }) else {
                variant.levels.append(InventoryLevelRecord(
                    id: try session.nextID("InventoryLevel"), locationId: place.id,
                    available: available, onHand: available, updatedAt: time))
                return
            }
            variant.levels[index].onHand += available - variant.levels[index].available
            variant.levels[index].available = available
            variant.levels[index].updatedAt = time
        }
    }

    /// Renames a product, changes its status or adds a tag.
    public func changeProduct(handle: String, _ change: ProductChange) throws {
        try transaction { session in
            guard var product = try session.lookup(ProductRecord.self, key: handle).first else {
                throw SimulationError.unknownProduct(handle)
            }
            if let title = change.title { product.title = title }
            if let status = change.status { product.status = status.uppercased() }
            if let tag = change.addTag, !product.tags.contains(tag) { product.tags.append(tag) }
            product.updatedAt = max(product.updatedAt, now(in: session))
            try session.save(product)
        }
    }

    /// Changes the customer whose email is `email`.
    public func changeCustomer(email: String, _ change: CustomerChange) throws {
        try transaction { session in
            guard var customer = try session.lookup(CustomerRecord.self, key: email).first else {
                throw SimulationError.unknownCustomer(email)
            }
            if let first = change.firstName { customer.firstName = first }
            if let last = change.lastName { customer.lastName = last }
            if let phone = change.phone { customer.phone = phone.isEmpty ? nil : phone }
            if let state = change.state { customer.state = state.uppercased() }
            if let tag = change.addTag, !customer.tags.contains(tag) { customer.tags.append(tag) }
            customer.updatedAt = max(customer.updatedAt, now(in: session))
            try session.save(customer)
        }
    }

    private func changeVariant(_ sku: String,
                               _ change: (inout VariantRecord, Int64, StoreSession) throws -> Void)
        throws {
        try transaction { session in
            guard var variant = try session.lookup(VariantRecord.self, key: sku).first else {
                throw SimulationError.unknownSKU(sku)
            }
            let time = now(in: session)
            try change(&variant, time, session)
            variant.updatedAt = max(variant.updatedAt, time)
            try session.save(variant)
        }
    }
}

extension StoreSession {
    /// Bumps a record's `updatedAt` after a change to something it holds.
    func touch<R: StoreRecord>(_ type: R.Type, id: Int64, at time: Int64) throws {
        guard var record = try load(type, id: id) else { return }
        record.updatedAt = max(record.updatedAt, time)
        try save(record)
    }

    /// The location called `name`, or the first active one.
    func location(named name: String?) throws -> LocationRecord {
        let locations = try all(LocationRecord.self)
        if let name {
            guard let match = locations.first(where: { $0.name == name }) else {
                throw SimulationError.unknownLocation(name)
            }
            return match
        }
        guard let first = locations.first(where: \.isActive) else { throw SimulationError.emptyStore }
        return first
    }
}
