extension StoreGenerator {
    /// A generator over an existing store, for orders placed after it was generated: it knows
    /// the store's locations, customers, variants and companies and continues its id sequences.
    /// Draw `draw` of the store's seed gets its own stream, so each batch differs but replays.
    init(continuing session: StoreSession, draw: Int, now: Int64) throws {
        let seed = UInt64(try session.meta("seed") ?? "") ?? 42
        self.init(seed: seed &+ UInt64(draw + 1) &* 0x9E37_79B9, sizes: StoreSizes(), now: now,
                  session: session)
        ids = try IDAllocator(loadingFrom: session)
        locations = try session.all(LocationRecord.self).filter(\.isActive)
        customers = try session.all(CustomerRecord.self)
        variants = try session.all(VariantRecord.self)
        companies = try session.all(CompanyRecord.self).filter { !$0.locations.isEmpty }
    }
}
