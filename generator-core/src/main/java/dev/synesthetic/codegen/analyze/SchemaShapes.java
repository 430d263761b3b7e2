package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import dev.synesthetic.codegen.vocabulary.RecordRole;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Analyses one schema: checks its keywords, picks its shape from the first shape keyword it has
 * (in the precedence below), then declares its definitions.
 */
final class SchemaShapes {
    private final Analysis analysis;
    private final KeywordRules rules;
    /** Shape keyword → the unit that reads it, in precedence order; a schema with none accepts any value. */
    private final Map<Keyword, Shape> byKeyword = new LinkedHashMap<>();

    SchemaShapes(Analysis analysis) {
        this.analysis = analysis;
        this.rules = new KeywordRules(analysis);
        Shape enums = new EnumShape(analysis);
        ObjectShape objects = new ObjectShape(analysis);
        Shape arrays = new ArrayShape(analysis);
        UnionShape unions = new UnionShape(analysis, rules);
        Shape types = new ScalarShape(analysis, objects, arrays, unions);
        MergedShape merged = new MergedShape(analysis, objects, types, unions);
        unions.mergeBaseWith(merged);
        byKeyword.put(Keywords.REF, new ReferenceShape(analysis, rules, merged));
        byKeyword.put(Keywords.ENUM, enums);
        byKeyword.put(Keywords.CONST, enums);
        byKeyword.put(Keywords.ANY_OF, unions::anyOf);
        byKeyword.put(Keywords.ONE_OF, unions::oneOf);
        // Before type: beside allOf or then/else, "type": "object" is one part of the merge.
        byKeyword.put(Keywords.ALL_OF, merged);
        byKeyword.put(Keywords.THEN, merged);
        byKeyword.put(Keywords.ELSE, merged);
        byKeyword.put(Keywords.TYPE, types);
        byKeyword.put(Keywords.PROPERTIES, objects);
        byKeyword.put(Keywords.ADDITIONAL_PROPERTIES, objects);
        byKeyword.put(Keywords.PATTERN_PROPERTIES, objects);
        byKeyword.put(Keywords.REQUIRED, objects);
        byKeyword.put(Keywords.ITEMS, arrays);
        byKeyword.put(Keywords.PREFIX_ITEMS, arrays);
        for (Keyword keyword : byKeyword.keySet()) {
            if (keyword.role() != RecordRole.SHAPE) {
                throw new IllegalStateException(keyword + " is not a shape keyword in the vocabulary");
            }
        }
    }

    TypeRef analyze(SchemaNode node) {
        JsonNode json = node.json();
        SourceLocation loc = node.location();
        if (json.isBoolean()) {
            if (!json.booleanValue()) {
                analysis.diagnostics.error(
                        DiagnosticCode.UNSUPPORTED_KEYWORD,
                        loc,
                        "the schema 'false' accepts no value, so no Java type can hold it",
                        "Remove the property or use a real schema.");
            }
            return Analysis.anyValue(loc);
        }
        if (!json.isObject()) {
            analysis.diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    loc,
                    "a schema must be an object or a boolean",
                    "Write a schema object such as {\"type\": \"string\"}, or true for any value.");
            return Analysis.anyValue(loc);
        }
        rules.check(json, loc);
        TypeRef type = shape(node);
        // After the schema's own shape is known (an object is then "planned"), so a definition that
        // refers back to this schema through a property is recursion through a record, not a cycle.
        declareDefinitions(node);
        return type;
    }

    private TypeRef shape(SchemaNode node) {
        for (Map.Entry<Keyword, Shape> rule : byKeyword.entrySet()) {
            if (rule.getKey().in(analysis.draftOf(node.location()))
                    && rule.getKey().isIn(node.json())) {
                return rule.getValue().of(node);
            }
        }
        return Analysis.anyValue(node.location());
    }

    private void declareDefinitions(SchemaNode node) {
        for (Keyword container : Keywords.definitionContainers()) {
            JsonNode defs = container.valueIn(node.json());
            if (defs == null) {
                continue;
            }
            if (!defs.isObject()) {
                analysis.diagnostics.error(
                        DiagnosticCode.INVALID_SCHEMA,
                        container.at(node.location()),
                        "'" + container + "' must be an object",
                        "Map each definition name to its schema.");
                continue;
            }
            for (Iterator<String> names = defs.fieldNames(); names.hasNext(); ) {
                analysis.typeOf(analysis.child(node, container, names.next()));
            }
        }
    }
}
