import GraphQL

/// A record of a page that could not be decoded; the rest of the page goes on without it.
public struct RecordProblem: Sendable, Equatable, CustomStringConvertible {
    /// The record's `id` when it had a readable one.
    public let recordID: String?
    public let index: Int
    public let problem: DecodeProblem

    public init(recordID: String?, index: Int, problem: DecodeProblem) {
        self.recordID = recordID
        self.index = index
        self.problem = problem
    }

    public var description: String { "record \(recordID ?? "#\(index)"): \(problem)" }
}

/// The decoded records of one connection page, the records that failed, and where the
/// next page starts.
public struct DecodedPage<Record: ShopifyDecodable>: Sendable {
    public var records: [Record] = []
    public var problems: [RecordProblem] = []
    public var hasNextPage = false
    public var endCursor: String?

    /// An empty page, for records gathered one by one (a bulk result's).
    public init() {}

    /// Decodes the connection at `path` in `data` (e.g. `["orders"]`), node by node.
    public static func decode(_ data: JSON?, path: [String]) -> Result<DecodedPage, DecodeProblem> {
        var connection = data
        for key in path { connection = connection?[key] }
        guard let connection, connection.objectValue != nil else {
            return .failure(DecodeProblem(path: "$." + path.joined(separator: "."), message: "missing"))
        }
        var page = DecodedPage()
        let reader = NodeReader(connection, path: "$." + path.joined(separator: "."))
        page.hasNextPage = (try? reader.object("pageInfo").bool("hasNextPage", default: false)) ?? false
        page.endCursor = try? reader.object("pageInfo").optionalString("endCursor")
        let nodes: [NodeReader]
        do { nodes = try reader.nodes("nodes") } catch { return .failure(error) }
        for (index, node) in nodes.enumerated() {
            page.append(node, index: index)
        }
        return .success(page)
    }

    /// Decodes one node into `records`, or records why it could not be read in `problems`.
    public mutating func append(_ node: NodeReader, index: Int) {
        do {
            records.append(try Record(from: node))
        } catch {
            problems.append(RecordProblem(recordID: node.json["id"]?.stringValue, index: index, problem: error))
        }
    }
}
