import GraphQL
import Testing
@testable import Sandbox

@Suite("engine bulk operations and order paging")
struct EngineBulkAndPagingTests {
    static let store = try! makeStore(sizes: StoreSizes(customers: 40, products: 10, orders: 600, companies: 2))
    let engine = SandboxGraphQLEngine(store: Self.store)

    @Test("600 orders paged by 250 come back in three pages, each order exactly once")
    func pagingOrders() throws {
        var names: [String] = []
        var after: JSON = .null
        var pages = 0
        repeat {
            let page = data(engine, """
                query($after: String) { orders(first: 250, after: $after, sortKey: ID, query: "status:any") {
                  edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }
                """, ["after": after])
            let edges = json(page, "orders", "edges")?.arrayValue ?? []
            names += edges.compactMap { json($0, "node", "name")?.stringValue }
            pages += 1
            guard json(page, "orders", "pageInfo", "hasNextPage") == .bool(true) else { break }
            after = json(page, "orders", "pageInfo", "endCursor") ?? .null
        } while pages < 5
        #expect(pages == 3)
        #expect(names.count == 600)
        #expect(Set(names).count == 600)
    }

    @Test("search filters: financial_status, tag, updated_at and NOT narrow orders as the store says")
    func searchFilters() throws {
        let orders = try allOrders(Self.store)
        func names(_ query: String) -> Set<String> {
            let page = data(engine, "query($q: String) { orders(first: 250, query: $q) { nodes { name } } }",
                            ["q": .string(query)])
            return Set((json(page, "orders", "nodes")?.arrayValue ?? []).compactMap { $0["name"]?.stringValue })
        }
        let pending = orders.filter { $0.financialStatus == "PENDING" }
        #expect(names("financial_status:pending status:any") == Set(pending.map(\.name)))
        let b2b = orders.filter { $0.tags.contains("b2b") }
        #expect(!b2b.isEmpty && b2b.count < 250)
        #expect(names("tag:b2b status:any") == Set(b2b.prefix(250).map(\.name)))
        let cut = orders.map(\.updatedAt).sorted()[590]
        let recent = orders.filter { $0.updatedAt > cut }
        #expect(names("updated_at:>'\(SandboxTime.iso8601(cut))' status:any") == Set(recent.map(\.name)))
        let open = names("status:open AND -tag:b2b")
        let byName = Dictionary(uniqueKeysWithValues: orders.map { ($0.name, $0) })
        #expect(open.allSatisfy { name in
            byName[name].map { $0.closedAt == nil && $0.cancelledAt == nil && !$0.tags.contains("b2b") } == true
        })
    }

    @Test("a bulk query goes CREATED, RUNNING, COMPLETED; its JSONL, read in chunks, nests lines by __parentId")
    func bulkLifecycle() throws {
        let started = data(engine, """
            mutation { bulkOperationRunQuery(query: \"""
              { orders(query: "status:any") { edges { node { id name
                lineItems { edges { node { sku quantity } } } } } } }
              \""") {
              bulkOperation { id status } userErrors { field message } } }
            """)
        let id = try #require(json(started, "bulkOperationRunQuery", "bulkOperation", "id")?.stringValue)
        #expect(json(started, "bulkOperationRunQuery", "bulkOperation", "status") == .string("CREATED"))
        let poll = "query($id: ID!) { bulkOperation(id: $id) { status objectCount rootObjectCount url } }"
        #expect(json(data(engine, poll, ["id": .string(id)]), "bulkOperation", "status") == .string("RUNNING"))
        let done = data(engine, poll, ["id": .string(id)])
        #expect(json(done, "bulkOperation", "status") == .string("COMPLETED"))
        #expect(json(done, "bulkOperation", "rootObjectCount") == .string("600"))
        let current = data(engine, "{ currentBulkOperation { id status } }")
        #expect(json(current, "currentBulkOperation", "id") == .string(id))
        let lines = try #require(engine.bulkResult(id: id))
        // Served a chunk at a time: more than one chunk, every line once.
        #expect(lines.count > Int(SandboxGraphQLEngine.chunkSize))
        #expect(json(done, "bulkOperation", "objectCount") == .string("\(lines.count)"))
        let objects = lines.compactMap { try? JSON.parse($0) }
        #expect(objects.count == lines.count)
        let roots = objects.filter { $0["__parentId"] == nil }
        let orders = try allOrders(Self.store)
        #expect(roots.count == 600)
        #expect(objects.count - roots.count == orders.reduce(0) { $0 + $1.lineItems.count })
        let rootIds = Set(roots.compactMap { $0["id"]?.stringValue })
        #expect(objects.allSatisfy { $0["__parentId"].map { rootIds.contains($0.stringValue ?? "") } ?? true })
    }

    @Test("a bulk query that is not a connection query is refused with an INVALID userError")
    func bulkRefusal() {
        let refused = data(engine, """
            mutation { bulkOperationRunQuery(query: "{ shop { name } }") {
              bulkOperation { id } userErrors { field message } } }
            """)
        #expect(json(refused, "bulkOperationRunQuery", "bulkOperation") == .null)
        #expect(json(refused, "bulkOperationRunQuery", "userErrors", "0", "field") == .array([.string("query")]))
    }
}
