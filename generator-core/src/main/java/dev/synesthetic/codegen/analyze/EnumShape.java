package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code enum} and {@code const} of strings (and null): a Java enum, nullable when null is allowed. */
final class EnumShape implements Shape {
    private final Analysis analysis;

    EnumShape(Analysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public TypeRef of(SchemaNode node) {
        SourceLocation loc = node.location();
        JsonNode json = node.json();
        for (Keyword union : UnionKeywords.ALL) {
            if (union.isIn(json)) {
                analysis.diagnostics.error(
                        DiagnosticCode.UNSUPPORTED_KEYWORD,
                        union.at(loc),
                        "'" + union + "' beside 'enum'/'const' is not supported yet",
                        "Put the enum inside one " + union + " branch.");
            }
        }
        Keyword keyword = Keywords.ENUM.isIn(json) ? Keywords.ENUM : Keywords.CONST;
        JsonNode values = keyword == Keywords.ENUM
                ? Keywords.ENUM.valueIn(json)
                : JsonNodeFactory.instance.arrayNode().add(Keywords.CONST.valueIn(json));
        if (!values.isArray() || values.isEmpty()) {
            analysis.diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    keyword.at(loc),
                    "'enum' must be a non-empty array",
                    "List the allowed values, e.g. [\"a\", \"b\"].");
            return Analysis.anyValue(loc);
        }
        Set<String> strings = new LinkedHashSet<>();
        boolean nullable = false;
        for (JsonNode value : values) {
            if (value.isTextual()) {
                strings.add(value.textValue());
            } else if (value.isNull()) {
                nullable = true;
            } else {
                analysis.diagnostics.error(
                        DiagnosticCode.UNSUPPORTED_KEYWORD,
                        keyword.at(loc),
                        "'" + keyword + "' with non-string values (" + value + ") is not supported yet",
                        "Only string enums (optionally with null) are generated today.");
                return Analysis.anyValue(loc);
            }
        }
        if (strings.isEmpty()) {
            analysis.diagnostics.error(
                    DiagnosticCode.UNSUPPORTED_KEYWORD,
                    keyword.at(loc),
                    "an enum of only null has no Java type",
                    "Add at least one string value.");
            return Analysis.anyValue(loc);
        }
        return analysis.declare(
                new TypeDecl.EnumDecl(loc, analysis.hint(loc), DocReader.doc(json), List.copyOf(strings)), nullable);
    }
}
