import GraphQL

/// The re-reads that make resending a non-idempotent mutation safe after its reply was lost:
/// each looks in the shop for the trace the write would have left.
extension ShopifyClient {
    /// A fulfilment of `order` landed when one of its fulfilments carries `trackingNumber`
    /// (the ERP shipment number, unique per shipment).
    public static func fulfillmentLanded(order: String, trackingNumber: String) -> LostReplyCheck {
        { client throws(ShopifyError) in
            let response = try client.execute(ShopifyDocuments.fulfillmentOrdersOfOrder,
                                              variables: ["id": .string(order)])
            let fulfillments = response.data?["order"]?["fulfillments"]?.arrayValue ?? []
            return fulfillments.contains { fulfillment in
                let numbers = fulfillment["trackingInfo"]?.arrayValue ?? []
                return numbers.contains { $0["number"]?.stringValue == trackingNumber }
            }
        }
    }

    /// A customer creation landed when a customer with `email` exists.
    public static func customerLanded(email: String) -> LostReplyCheck {
        { client throws(ShopifyError) in
            let escaped = email.replacingOccurrences(of: "\"", with: "\\\"")
            let search = JSON.string("email:\"\(escaped)\"")
            let response = try client.execute(ShopifyDocuments.customersPage,
                                              variables: ["first": .int(1), "query": search])
            return !(response.data?["customers"]?["nodes"]?.arrayValue?.isEmpty ?? true)
        }
    }
}
