package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.checks.ObjectChecks;
import dev.synesthetic.codegen.runtime.JsonRegex;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Validator readers for the object keywords. Properties keep the schema's order: violations follow it. */
final class ObjectKeywords {
    private ObjectKeywords() {}

    static void required(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        KeywordValues.names(value, at, schema.diagnostics()).ifPresent(names -> {
            if (!names.isEmpty()) {
                out.add(new ObjectChecks.Required(at, names));
            }
        });
    }

    static void dependentRequired(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        if (!value.isObject()) {
            KeywordValues.invalid(at, "an object", schema.diagnostics());
            return;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            SourceLocation entryAt = at.child(entry.getKey());
            KeywordValues.names(entry.getValue(), entryAt, schema.diagnostics())
                    .ifPresent(names -> out.add(new ObjectChecks.DependentRequired(entryAt, entry.getKey(), names)));
        }
    }

    static void count(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        KeywordValues.count(value, at, schema.diagnostics())
                .ifPresent(limit -> out.add(new ObjectChecks.PropertyCount(at, limit)));
    }

    static void properties(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        for (String name : keys(schema, value, at)) {
            out.add(new ObjectChecks.Property(at.child(name), name, schema.subschema(Keywords.PROPERTIES, name)));
        }
    }

    static void patternProperties(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        for (String regex : keys(schema, value, at)) {
            ScalarKeywords.javaPattern(schema, regex, at.child(regex))
                    .ifPresent(javaRegex -> out.add(new ObjectChecks.PatternProperty(
                            at.child(regex), javaRegex, schema.subschema(Keywords.PATTERN_PROPERTIES, regex))));
        }
    }

    static void additionalProperties(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        List<String> declared = new ArrayList<>();
        Keywords.PROPERTIES.pathIn(schema.json()).fieldNames().forEachRemaining(declared::add);
        List<String> patterns = new ArrayList<>();
        Keywords.PATTERN_PROPERTIES.pathIn(schema.json()).fieldNames().forEachRemaining(p -> {
            try {
                patterns.add(JsonRegex.toJava(p));
            } catch (java.util.regex.PatternSyntaxException e) {
                // patternProperties reports it; the build fails there
            }
        });
        out.add(new ObjectChecks.AdditionalProperties(
                at, declared, patterns, schema.subschema(Keywords.ADDITIONAL_PROPERTIES)));
    }

    static void propertyNames(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        out.add(new ObjectChecks.PropertyNames(at, schema.subschema(Keywords.PROPERTY_NAMES)));
    }

    static void dependentSchemas(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        for (String name : keys(schema, value, at)) {
            out.add(new ObjectChecks.DependentSchema(
                    at.child(name), name, schema.subschema(Keywords.DEPENDENT_SCHEMAS, name)));
        }
    }

    /**
     * Before 2019-09, {@code dependencies}: an array of names is {@code dependentRequired}, a schema
     * is {@code dependentSchemas}, entry by entry.
     */
    static void dependencies(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        for (String name : keys(schema, value, at)) {
            JsonNode dependency = value.get(name);
            if (dependency.isArray()) {
                KeywordValues.names(dependency, at.child(name), schema.diagnostics())
                        .ifPresent(names -> out.add(new ObjectChecks.DependentRequired(at.child(name), name, names)));
            } else {
                out.add(new ObjectChecks.DependentSchema(
                        at.child(name), name, schema.subschema(Keywords.DEPENDENCIES, name)));
            }
        }
    }

    static void unevaluatedProperties(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        out.add(new ObjectChecks.UnevaluatedProperties(at, schema.subschema(Keywords.UNEVALUATED_PROPERTIES)));
    }

    private static List<String> keys(SchemaReader schema, JsonNode value, SourceLocation at) {
        if (!value.isObject()) {
            KeywordValues.invalid(at, "an object", schema.diagnostics());
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        value.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
