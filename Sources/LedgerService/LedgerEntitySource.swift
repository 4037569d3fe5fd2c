import Ledger
import ShopSyncCore
import ShsInterpreter

/// A ledger record kind as the language sees it: `list items where ...`, `for o in sales_orders`.
struct LedgerEntitySource: EntitySource {
    let entity: LedgerEntity

    var descriptor: EntityDescriptor { entity.descriptor }

    func fetch(_ query: EntityQuery, context: ExecutionContext) throws -> Table {
        try context.ledger().fetch(entity, LedgerQuery(query))
    }

    func count(_ query: EntityQuery, context: ExecutionContext) throws -> Int {
        let total = try context.ledger().count(entity, filter: query.filter)
        return query.limit.map { min($0, total) } ?? total
    }
}

extension LedgerQuery {
    init(_ query: EntityQuery) {
        self.init(filter: query.filter, ordering: query.ordering.map { ($0.field, $0.descending) },
                  limit: query.limit)
    }
}
