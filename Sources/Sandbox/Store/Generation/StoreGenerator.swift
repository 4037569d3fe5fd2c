import Foundation

/// How much of each kind of data `generate(seed:sizes:)` makes.
public struct StoreSizes: Sendable, Equatable {
    public var customers: Int
    public var products: Int
    public var orders: Int
    public var companies: Int
    public var locations: Int

    public init(customers: Int = 200, products: Int = 100, orders: Int = 1000, companies: Int = 5,
                locations: Int = 3) {
        self.customers = customers
        self.products = products
        self.orders = orders
        self.companies = companies
        self.locations = max(1, min(locations, 8))
    }
}

extension SandboxStore {
    /// Replaces the store's content with a shop generated from `seed`: the same seed, sizes and
    /// sandbox time give the same store, id for id. Orders spread over the 180 days before now.
    public func generate(seed: UInt64, sizes: StoreSizes = StoreSizes()) throws {
        let now = self.now()
        try transaction { session in
            try session.clear()
            var generator = StoreGenerator(seed: seed, sizes: sizes, now: now, session: session)
            try generator.run()
            try session.setMeta("seed", String(seed))
            try session.setMeta("simulation_draws", "0")
        }
    }

    /// Seconds taken to generate a store of `orders` orders in memory (a benchmark figure).
    public static func generationBenchmark(orders: Int = 100_000, seed: UInt64 = 42) throws
        -> Double
    {
        let store = try SandboxStore(path: ":memory:")
        let start = ContinuousClock.now
        try store.generate(seed: seed, sizes: StoreSizes(customers: 2_000, products: 500,
                                                         orders: orders, companies: 20))
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// Hands out ids during generation without a round trip per id; written back at the end.
struct IDAllocator {
    private var next: [String: Int64] = [:]

    mutating func id(_ kind: String) -> Int64 {
        let id = next[kind] ?? StoreSession.firstID(of: kind)
        next[kind] = id + 1
        return id
    }

    mutating func seed(_ kind: String, next value: Int64) {
        next[kind] = value
    }

    func save(in session: StoreSession) throws {
        for (kind, value) in next.sorted(by: { $0.key < $1.key }) {
            _ = try session.database.run("INSERT OR REPLACE INTO sequences (kind, next) VALUES (?, ?)",
                                         [.text(kind), .integer(value)])
        }
    }
}

/// Builds a whole shop in one transaction, drawing every choice from one SplitMix64 stream.
struct StoreGenerator {
    var random: SplitMix64
    var ids = IDAllocator()
    let sizes: StoreSizes
    let now: Int64
    let session: StoreSession
    var locations: [LocationRecord] = []
    var customers: [CustomerRecord] = []
    var variants: [VariantRecord] = []
    var companies: [CompanyRecord] = []

    static let day: Int64 = 86_400
    /// How far back generated history reaches.
    static let history: Int64 = 180 * day

    init(seed: UInt64, sizes: StoreSizes, now: Int64, session: StoreSession) {
        self.random = SplitMix64(seed: seed)
        self.sizes = sizes
        self.now = now
        self.session = session
    }

    mutating func run() throws {
        try makeLocations()
        try makeCustomers()
        try makeProducts()
        try makeCompanies()
        try makeOrders()
        try makePayouts()
        try ids.save(in: session)
        try session.setMeta("shop_name", "Sandbox Shop")
        try session.setMeta("currency", "USD")
    }

    /// A time in the history window, `fraction` of the way from its start to now.
    mutating func pastTime(fraction: Double) -> Int64 {
        let base = now - Self.history + Int64(Double(Self.history) * fraction)
        return min(now - 60, base + Int64(random.int(0...3_600)))
    }

    mutating func address(first: String?, last: String?, company: String? = nil) -> Address {
        let place = random.pick(SampleData.places)
        return Address(
            id: ids.id("MailingAddress"), firstName: first, lastName: last, company: company,
            address1: "\(random.int(1...240)) \(random.pick(SampleData.streets))",
            address2: random.chance(15) ? "Apt \(random.int(1...40))" : nil, city: place.0,
            province: place.1, provinceCode: place.2, zip: place.3, country: place.4,
            countryCode: place.5, phone: nil)
    }

    mutating func makeLocations() throws {
        let names = ["Main Warehouse", "Downtown Store", "East Coast Depot", "Berlin Shop",
                     "Toronto Outlet", "Pop-up Market", "Returns Centre", "Old Warehouse"]
        for index in 0..<sizes.locations {
            let created = now - Self.history - 30 * Self.day
            let location = LocationRecord(
                id: ids.id("Location"), name: names[index], isActive: index < 7,
                fulfillsOnlineOrders: index == 0 || index == 2,
                address: address(first: nil, last: nil), createdAt: created, updatedAt: created)
            try session.save(location)
            locations.append(location)
        }
    }

    mutating func makeCustomers() throws {
        for index in 0..<sizes.customers {
            let created = pastTime(fraction: Double(index) / Double(max(sizes.customers, 1)) * 0.9)
            let first = random.pick(SampleData.firstNames)
            let last = random.pick(SampleData.lastNames)
            let slug = "\(first).\(last)".folding(options: .diacriticInsensitive, locale: nil)
                .lowercased().filter { $0.isLetter || $0 == "." }
            var phone: String? = random.chance(80)
                ? "+1555\(String(format: "%07d", random.int(0...9_999_999)))" : nil
            // Households share a phone: every 20th customer reuses the previous one's.
            if index % 20 == 19, let previous = customers.last?.phone { phone = previous }
            var customer = CustomerRecord(
                id: ids.id("Customer"), firstName: first, lastName: last,
                email: random.chance(95) ? "\(slug)\(index)@example.com" : nil, phone: phone,
                tags: random.chance(40) ? [random.pick(SampleData.customerTags)] : [],
                state: random.chance(85) ? "ENABLED" : random.pick(["DISABLED", "INVITED", "DECLINED"]),
                note: random.chance(10) ? "Prefers email contact" : nil, taxExempt: random.chance(3),
                locale: random.pick(["en", "en", "de", "fr", "nl"]), addresses: [],
                createdAt: created, updatedAt: created)
            customer.addresses = (0..<random.int(1...2)).map { _ in address(first: first, last: last) }
            try session.save(customer)
            customers.append(customer)
        }
    }
}
