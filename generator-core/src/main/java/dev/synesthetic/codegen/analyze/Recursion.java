package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.JsonType;
import dev.synesthetic.codegen.vocabulary.Keywords;

/**
 * A schema met again while it is analysed. Through an object (a record) that is fine: it will
 * have a name. A loop with a record on it (an array whose items hold the array again) is fine too:
 * the schema's type is deferred, a placeholder that {@link DeferredTypes} replaces by the finished
 * type, which ends at the record's name. A schema that may still become a union or a map is
 * promised a name and checked when it finishes. Anything else is a cycle with no Java type.
 */
final class Recursion {
    private Recursion() {}

    static TypeRef typeOf(Analysis analysis, SchemaNode node) {
        SourceLocation loc = node.location();
        if (analysis.planned.contains(loc)) {
            return new TypeRef.Named(loc, loc);
        }
        if (recordOnLoop(analysis, loc)) {
            analysis.deferred.add(loc);
            return new TypeRef.Named(loc, loc);
        }
        JsonNode json = node.json();
        boolean pureMap =
                (Keywords.ADDITIONAL_PROPERTIES.pathIn(json).isObject() || Keywords.PATTERN_PROPERTIES.isIn(json))
                        && Keywords.PROPERTIES.pathIn(json).isEmpty();
        if (UnionKeywords.in(json).isPresent() || Keywords.TYPE.pathIn(json).isArray() || pureMap) {
            analysis.promised.add(loc);
            TypeRef named = new TypeRef.Named(loc, loc);
            return allowsNull(json) ? new TypeRef.Nullable(named, loc) : named;
        }
        analysis.diagnostics.error(
                DiagnosticCode.REF_CYCLE,
                loc,
                "$ref cycle with no object in between: " + cycle(analysis, loc),
                "Break the loop: a schema can only contain itself through an object with properties (a record).");
        return new TypeRef.Any(false, loc);
    }

    /** Whether a record is being analysed between {@code start} and here, so the loop has a name. */
    private static boolean recordOnLoop(Analysis analysis, SourceLocation start) {
        boolean inLoop = false;
        for (SourceLocation step : analysis.visiting) {
            if (inLoop && analysis.planned.contains(step)) {
                return true;
            }
            inLoop |= step.equals(start);
        }
        return false;
    }

    /** Whether a schema met again while it is analysed lets JSON null through at its top level. */
    private static boolean allowsNull(JsonNode json) {
        JsonNode types = Keywords.TYPE.pathIn(json);
        JsonNode branches = UnionKeywords.in(json).map(k -> k.pathIn(json)).orElse(types);
        for (JsonNode type : types.isArray() ? types : branches) {
            JsonNode kind = type.isTextual() ? type : Keywords.TYPE.pathIn(type);
            if (kind.isTextual() && kind.textValue().equals(JsonType.NULL.jsonName())) {
                return true;
            }
        }
        return false;
    }

    /** The loop as the user wrote it: {@code a.json#/$defs/A -> a.json#/$defs/B -> a.json#/$defs/A}. */
    private static String cycle(Analysis analysis, SourceLocation start) {
        StringBuilder path = new StringBuilder();
        boolean inLoop = false;
        for (SourceLocation step : analysis.visiting) {
            inLoop |= step.equals(start);
            if (inLoop) {
                path.append(step).append(" -> ");
            }
        }
        return path.append(start).toString();
    }
}
