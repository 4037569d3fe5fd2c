/// What resolvers need while one operation runs: the store session (held locked for the whole
/// operation), sandbox time and the request.
final class ResolveContext {
    let session: StoreSession
    let store: SandboxStore
    let now: Int64
    let request: SandboxRequestContext

    init(session: StoreSession, store: SandboxStore, now: Int64, request: SandboxRequestContext) {
        self.session = session
        self.store = store
        self.now = now
        self.request = request
    }

    private var allocator: IDAllocator?

    /// Ids for new objects, written back to the store's sequences by `finish()`. Loaded on first
    /// use, so a read-only query neither reads nor writes the sequences.
    var ids: IDAllocator {
        get {
            if let allocator { return allocator }
            let loaded = (try? IDAllocator(loadingFrom: session)) ?? IDAllocator()
            allocator = loaded
            return loaded
        }
        set { allocator = newValue }
    }

    func finish() throws {
        try allocator?.save(in: session)
    }
}

extension IDAllocator {
    /// Continues the store's sequences.
    init(loadingFrom session: StoreSession) throws {
        self.init()
        for row in try session.database.query("SELECT kind, next FROM sequences") {
            seed(try row.string("kind"), next: try row.int64("next"))
        }
    }
}
