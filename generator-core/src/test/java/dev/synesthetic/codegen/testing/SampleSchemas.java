package dev.synesthetic.codegen.testing;

/** Schemas tests share where no fixture corpus has what they need. */
public final class SampleSchemas {
    /** $dynamicRef dispatchers and resource scopes (the specification's tree example). */
    public static final String DYNAMIC_TREE = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "$id": "https://example.com/strict-tree", "$dynamicAnchor": "node",
             "$ref": "tree", "unevaluatedProperties": false,
             "$defs": {"tree": {"$id": "https://example.com/tree", "$dynamicAnchor": "node",
               "type": "object", "properties": {"data": {"type": "number", "minimum": 1.5},
               "children": {"type": "array", "items": {"$dynamicRef": "#node"}}}}}}
            """;

    private SampleSchemas() {}
}
