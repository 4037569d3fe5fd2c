import GraphQL

/// Why a record could not be decoded: the JSON path and what was wrong there.
public struct DecodeProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// A model the client decodes from a GraphQL node.
public protocol ShopifyDecodable: Sendable {
    init(from node: NodeReader) throws(DecodeProblem)
}

/// Reads the fields of one JSON object strictly, naming the path of whatever is wrong. A field
/// that is absent or null reads as nil through the `optional…` readers.
public struct NodeReader: Sendable {
    public let json: JSON
    public let path: String

    public init(_ json: JSON, path: String = "$") {
        self.json = json
        self.path = path
    }

    func problem(_ key: String, _ message: String) -> DecodeProblem {
        DecodeProblem(path: path + "." + key, message: message)
    }

    func value(_ key: String) -> JSON? {
        guard let value = json[key], !value.isNull else { return nil }
        return value
    }

    public func optionalString(_ key: String) throws(DecodeProblem) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.stringValue else { throw problem(key, "expected a string") }
        return text
    }

    public func string(_ key: String) throws(DecodeProblem) -> String {
        guard let text = try optionalString(key) else { throw problem(key, "missing") }
        return text
    }

    public func optionalInt(_ key: String) throws(DecodeProblem) -> Int? {
        guard let value = value(key) else { return nil }
        // UnsignedInt64 arrives as a string ("1451").
        if let text = value.stringValue, let number = Int(text) { return number }
        guard let number = value.intValue else { throw problem(key, "expected an integer") }
        return number
    }

    public func int(_ key: String) throws(DecodeProblem) -> Int {
        guard let number = try optionalInt(key) else { throw problem(key, "missing") }
        return number
    }

    public func bool(_ key: String, default fallback: Bool? = nil) throws(DecodeProblem) -> Bool {
        guard let value = value(key) else {
            guard let fallback else { throw problem(key, "missing") }
            return fallback
        }
        guard let flag = value.boolValue else { throw problem(key, "expected true or false") }
        return flag
    }

    public func strings(_ key: String) throws(DecodeProblem) -> [String] {
        guard let value = value(key) else { return [] }
        guard let items = value.arrayValue else { throw problem(key, "expected a list") }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            guard let text = item.stringValue else { throw problem("\(key)[\(index)]", "expected a string") }
            result.append(text)
        }
        return result
    }

    public func optionalObject(_ key: String) throws(DecodeProblem) -> NodeReader? {
        guard let value = value(key) else { return nil }
        guard value.objectValue != nil else { throw problem(key, "expected an object") }
        return NodeReader(value, path: path + "." + key)
    }

    public func object(_ key: String) throws(DecodeProblem) -> NodeReader {
        guard let reader = try optionalObject(key) else { throw problem(key, "missing") }
        return reader
    }

    /// The items of a list field, or of a connection's `nodes` (or `edges.node`).
    public func nodes(_ key: String) throws(DecodeProblem) -> [NodeReader] {
        guard let value = value(key) else { return [] }
        let listPath = path + "." + key
        let items: [JSON]
        if let list = value.arrayValue {
            items = list
        } else if let list = value["nodes"]?.arrayValue {
            items = list
        } else if let edges = value["edges"]?.arrayValue {
            items = edges.compactMap { $0["node"] }
        } else {
            throw problem(key, "expected a list or a connection")
        }
        return items.enumerated().map { NodeReader($1, path: "\(listPath)[\($0)]") }
    }

    public func decode<T: ShopifyDecodable>(_ key: String, as type: T.Type) throws(DecodeProblem) -> T {
        try T(from: try object(key))
    }

    public func decodeOptional<T: ShopifyDecodable>(_ key: String,
                                                    as type: T.Type) throws(DecodeProblem) -> T? {
        guard let reader = try optionalObject(key) else { return nil }
        return try T(from: reader)
    }

    public func decodeAll<T: ShopifyDecodable>(_ key: String, as type: T.Type) throws(DecodeProblem) -> [T] {
        var result: [T] = []
        for reader in try nodes(key) { result.append(try T(from: reader)) }
        return result
    }
}
