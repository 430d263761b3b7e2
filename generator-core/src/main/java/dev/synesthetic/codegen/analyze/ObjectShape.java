package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.Doc;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An object: a record when it names properties, requires some or is closed; a map when it only
 * types the members it does not list ({@code patternProperties}, {@code additionalProperties});
 * otherwise a free-form object.
 */
final class ObjectShape implements Shape {
    private final Analysis analysis;

    ObjectShape(Analysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public TypeRef of(SchemaNode node) {
        SourceLocation loc = node.location();
        JsonNode json = node.json();
        JsonNode properties = Keywords.PROPERTIES.pathIn(json);
        JsonNode additional = Keywords.ADDITIONAL_PROPERTIES.valueIn(json);
        if (!wellFormed(node)) {
            return Analysis.anyValue(loc);
        }
        boolean closed = additional != null && additional.isBoolean() && !additional.booleanValue();
        boolean typedMembers =
                !Keywords.PATTERN_PROPERTIES.pathIn(json).isEmpty() || (additional != null && additional.isObject());
        if (properties.isEmpty() && !Keywords.REQUIRED.isIn(json) && (!closed || typedMembers)) {
            if (typedMembers) {
                return new TypeRef.MapOf(
                        memberType(node, additional).orElseThrow(),
                        analysis.constraints.read(json, loc, analysis.draftOf(loc)),
                        loc);
            }
            return new TypeRef.Any(true, loc);
        }
        analysis.planned.add(loc);
        List<Property> props = properties(node);
        analysis.declared.put(
                loc,
                new TypeDecl.ObjectDecl(
                        loc,
                        analysis.hint(loc),
                        DocReader.doc(json),
                        props,
                        // after the properties, once this record is planned: a member schema may refer back to it
                        additional(node, additional),
                        loc.pointer().isRoot()));
        return new TypeRef.Named(loc, loc);
    }

    /** Whether {@code properties} and {@code additionalProperties} have the right kinds; else an error. */
    boolean wellFormed(SchemaNode node) {
        SourceLocation loc = node.location();
        JsonNode json = node.json();
        JsonNode properties = Keywords.PROPERTIES.pathIn(json);
        JsonNode additional = Keywords.ADDITIONAL_PROPERTIES.valueIn(json);
        if (Keywords.PROPERTIES.isIn(json) && !properties.isObject()) {
            analysis.diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    Keywords.PROPERTIES.at(loc),
                    "'properties' must be an object",
                    "Map each property name to its schema: {\"name\": {\"type\": \"string\"}}.");
            return false;
        }
        if (additional != null && !additional.isBoolean() && !additional.isObject()) {
            analysis.diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    Keywords.ADDITIONAL_PROPERTIES.at(loc),
                    "'additionalProperties' must be a boolean or a schema",
                    "Use true, false or a schema object.");
            return false;
        }
        return true;
    }

    /**
     * The properties {@code node} lists, each typed, required as it says; then each name it
     * requires without listing, as a property of any value. Read by {@link MergedShape} too.
     */
    List<Property> properties(SchemaNode node) {
        SourceLocation loc = node.location();
        JsonNode json = node.json();
        JsonNode properties = Keywords.PROPERTIES.pathIn(json);
        List<Property> props = new ArrayList<>();
        Set<String> required = requiredNames(json, loc);
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            SchemaNode schema = analysis.child(node, Keywords.PROPERTIES, name);
            if (name.isEmpty()) {
                analysis.diagnostics.error(
                        DiagnosticCode.UNSUPPORTED_KEYWORD,
                        schema.location(),
                        "a property named \"\" cannot be bound: Jackson reads an empty @JsonProperty as \"no name\"",
                        "Rename the property, or move it under additionalProperties.");
                continue;
            }
            if (schema.json().isBoolean() && !schema.json().booleanValue()) {
                continue; // a member that must be absent: no component; the validator rejects it
            }
            props.add(new Property(
                    name,
                    analysis.typeOf(schema),
                    required.contains(name),
                    DocReader.doc(schema.json()),
                    DocReader.literal(Keywords.DEFAULT.valueIn(schema.json())),
                    Keywords.READ_ONLY.pathIn(schema.json()).asBoolean(false),
                    schema.location()));
        }
        SourceLocation requiredAt = Keywords.REQUIRED.at(loc);
        for (String name : required) {
            if (!properties.has(name)) {
                props.add(new Property(
                        name, Analysis.anyValue(requiredAt), true, Doc.NONE, Optional.empty(), false, requiredAt));
            }
        }
        return props;
    }

    private Set<String> requiredNames(JsonNode json, SourceLocation loc) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode required = Keywords.REQUIRED.valueIn(json);
        if (required == null) {
            return names;
        }
        if (!required.isArray()) {
            invalidRequired(loc);
            return names;
        }
        for (JsonNode name : required) {
            if (name.isTextual()) {
                names.add(name.textValue());
            } else {
                invalidRequired(loc);
            }
        }
        return names;
    }

    private void invalidRequired(SourceLocation loc) {
        analysis.diagnostics.error(
                DiagnosticCode.INVALID_SCHEMA,
                Keywords.REQUIRED.at(loc),
                "'required' must be an array of strings",
                "List property names, e.g. [\"name\"].");
    }

    /** What the record does with the members it does not list. Read by {@link MergedShape} too. */
    AdditionalProperties additional(SchemaNode node, JsonNode additional) {
        return additional(additional, memberType(node, additional));
    }

    /**
     * The type of the members the schema does not list, from its pattern schemas and its
     * additionalProperties schema; empty when no schema says anything about them. With patterns and
     * no additionalProperties schema, members matching no pattern are held to the patterns' type too
     * (precision over the rare key no pattern foresaw); which keys may exist is the validator's job.
     */
    private Optional<TypeRef> memberType(SchemaNode node, JsonNode additional) {
        List<TypeRef> types = new ArrayList<>();
        JsonNode patterns = Keywords.PATTERN_PROPERTIES.valueIn(node.json());
        if (patterns != null && patterns.isObject()) {
            for (Iterator<String> names = patterns.fieldNames(); names.hasNext(); ) {
                types.add(analysis.typeOf(analysis.child(node, Keywords.PATTERN_PROPERTIES, names.next())));
            }
        }
        if (additional != null && additional.isObject()) {
            types.add(analysis.typeOf(analysis.child(node, Keywords.ADDITIONAL_PROPERTIES)));
        }
        return types.isEmpty() ? Optional.empty() : Optional.of(MemberTypes.common(types, node.location()));
    }

    private static AdditionalProperties additional(JsonNode additional, Optional<TypeRef> members) {
        if (members.isPresent()) {
            TypeRef valueType = members.get();
            return valueType.nonNull() instanceof TypeRef.Any any && !any.objectOnly()
                    ? new AdditionalProperties.Allowed()
                    : new AdditionalProperties.Typed(valueType);
        }
        boolean closed = additional != null && additional.isBoolean() && !additional.booleanValue();
        return closed ? new AdditionalProperties.Forbidden() : new AdditionalProperties.Allowed();
    }
}
