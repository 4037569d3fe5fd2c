import Foundation
import GraphQL
import Testing
@testable import Sandbox

/// Where Shopify's real schema and recordings are: `../shared/shopify` from the package root, or
/// `$SHOPIFY_REFERENCE_DIR`.
func shopifyReferenceDirectory() -> String? {
    if let override = ProcessInfo.processInfo.environment["SHOPIFY_REFERENCE_DIR"] { return override }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let path = root.deletingLastPathComponent().appendingPathComponent("shared/shopify").path
    return FileManager.default.fileExists(atPath: path) ? path : nil
}

@Suite("served schema")
struct EngineSchemaTests {
    @Test("the served schema parses and has the connector's roots")
    func parses() {
        let schema = SandboxSchema.schema
        #expect(schema.field("orders", on: "QueryRoot") != nil)
        #expect(schema.field("inventorySetQuantities", on: "Mutation") != nil)
        #expect(schema.directives["idempotent"] != nil)
    }

    @Test("every served type, field, argument and enum value exists in Shopify's 2026-07 schema",
          .enabled(if: shopifyReferenceDirectory() != nil, "no ../shared/shopify: skipped"))
    func trueSubset() throws {
        let path = try #require(shopifyReferenceDirectory()) + "/admin-2026-07.graphql"
        let real = try Schema.parse(sdl: String(contentsOfFile: path, encoding: .utf8)).get()
        var problems: [String] = []
        let builtIn: Set = ["Int", "Float", "String", "Boolean", "ID"]
        for (name, served) in SandboxSchema.schema.types where !builtIn.contains(name) {
            guard let original = real.types[name] else {
                problems.append("type \(name) is not Shopify's")
                continue
            }
            problems += differences(served, original)
        }
        #expect(problems == [])
    }

    func differences(_ served: TypeDefinition, _ real: TypeDefinition) -> [String] {
        var problems: [String] = []
        let name = served.name
        if served.kind != real.kind { problems.append("\(name) is a \(real.kind), not \(served.kind)") }
        for field in served.fields {
            guard let original = real.field(field.name) else {
                problems.append("\(name).\(field.name) does not exist")
                continue
            }
            if field.type != original.type { problems.append("\(name).\(field.name) type differs") }
            for argument in field.arguments where original.argument(argument.name)?.type != argument.type {
                problems.append("\(name).\(field.name)(\(argument.name):) differs")
            }
        }
        for input in served.inputFields where real.inputField(input.name)?.type != input.type {
            problems.append("\(name).\(input.name) input differs")
        }
        for value in served.enumValues where !real.hasEnumValue(value.name) {
            problems.append("\(name).\(value.name) is not a value")
        }
        problems += served.unionMembers.filter { !real.unionMembers.contains($0) }
            .map { "\(name) has no member \($0)" }
        problems += served.interfaces.filter { !real.interfaces.contains($0) }
            .map { "\(name) does not implement \($0)" }
        return problems
    }
}
