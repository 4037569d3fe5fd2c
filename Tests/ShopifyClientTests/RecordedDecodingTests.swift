import GraphQL
import ShopifyClient
import Testing

/// Decodes every object of a kind the syncs use found in the recorded real responses.
struct RecordedDecoder {
    var decoded = 0
    var rejected: [DecodeProblem] = []

    mutating func decode<T: ShopifyDecodable>(_ json: JSON, as type: T.Type, path: String) {
        do {
            _ = try T(from: NodeReader(json, path: path))
            decoded += 1
        } catch {
            rejected.append(error)
        }
    }

    /// Walks `data`, decoding single objects under `single` keys and connection nodes under
    /// `plural` keys.
    mutating func walk<T: ShopifyDecodable>(_ json: JSON, single: String, plural: String, as type: T.Type,
                                            path: String = "$") {
        guard let object = json.objectValue else {
            for (index, item) in (json.arrayValue ?? []).enumerated() {
                walk(item, single: single, plural: plural, as: type, path: "\(path)[\(index)]")
            }
            return
        }
        for member in object {
            let here = path + "." + member.key
            if member.key == single, member.value.objectValue != nil, member.value["id"] != nil {
                decode(member.value, as: type, path: here)
            } else if member.key == plural, let nodes = member.value["nodes"]?.arrayValue {
                for (index, node) in nodes.enumerated() { decode(node, as: type, path: "\(here)[\(index)]") }
            } else {
                walk(member.value, single: single, plural: plural, as: type, path: here)
            }
        }
    }
}

@Suite("Decoding recorded real responses", .enabled(if: SharedMaterial.isAvailable, SharedMaterial.absentReason))
struct RecordedDecodingTests {
    @Test("every recorded reply's envelope decodes: data, errors of any shape, cost and throttle status")
    func envelopes() {
        var count = 0
        for area in ["orders", "customers", "products", "b2b", "shipping-fulfillments", "bulk-operations"] {
            for exchange in SharedMaterial.recorded(area) {
                guard let body = exchange["body"], let status = exchange["status"]?.intValue else { continue }
                let result = GraphQLResponse.decode(status: status, headers: [:], body: Array(body.serialized().utf8))
                guard case .success(let response) = result else {
                    Issue.record("\(area): envelope not decoded")
                    continue
                }
                count += 1
                if let requested = exchange["requestedQueryCost"]?.intValue {
                    #expect(response.cost?.requested == requested)
                }
            }
        }
        #expect(count > 300)
    }

    @Test("recorded orders, customers, products, companies and fulfilment orders decode or are rejected clearly")
    func records() {
        let summary = [
            decodeAll("orders", single: "order", plural: "orders", as: Order.self),
            decodeAll("customers", single: "customer", plural: "customers", as: Customer.self),
            decodeAll("products", single: "product", plural: "products", as: Product.self),
            decodeAll("b2b", single: "company", plural: "companies", as: Company.self),
            decodeAll("shipping-fulfillments", single: "fulfillmentOrder", plural: "fulfillmentOrders",
                      as: FulfillmentOrder.self),
        ]
        for (area, decoder) in summary {
            #expect(decoder.decoded + decoder.rejected.count > 0, "\(area): nothing found")
            for problem in decoder.rejected {
                #expect(problem.path.hasPrefix("$.") && !problem.message.isEmpty)
            }
        }
        #expect(summary.map(\.1.decoded).reduce(0, +) > 0)
    }

    func decodeAll<T: ShopifyDecodable>(_ area: String, single: String, plural: String,
                                        as type: T.Type) -> (String, RecordedDecoder) {
        var decoder = RecordedDecoder()
        for exchange in SharedMaterial.recorded(area) {
            guard let data = exchange["body"]?["data"] else { continue }
            decoder.walk(data, single: single, plural: plural, as: type)
        }
        return (area, decoder)
    }
}
