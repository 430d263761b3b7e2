package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.model.Constraints;
import dev.synesthetic.codegen.model.Literal;
import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code enum} and {@code const}: scalars become a Java enum whose constants carry their JSON value
 * (booleans alone a {@code Boolean}); null makes the use nullable; a value that is an object or an
 * array makes it any value. Which value is present is always the validator's to assert too.
 */
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
        List<Literal> scalars = new ArrayList<>();
        Set<Literal> seen = new HashSet<>();
        boolean nullable = false;
        boolean structured = false;
        for (JsonNode value : values) {
            if (value.isContainerNode()) {
                structured = true;
                continue;
            }
            Literal literal = DocReader.literal(value).orElseThrow();
            if (literal instanceof Literal.Null) {
                nullable = true;
            } else if (seen.add(literal)) {
                scalars.add(literal);
            }
        }
        if (structured) {
            // an object or array among the values: any value, the validator asserts which
            return nullable ? Analysis.anyValue(loc) : new TypeRef.Any(false, loc);
        }
        if (scalars.isEmpty()) {
            return Analysis.onlyNull(loc); // like type: "null" alone
        }
        if (scalars.stream().allMatch(Literal.Bool.class::isInstance)) {
            TypeRef bool = new TypeRef.Scalar(ScalarKind.BOOLEAN, Constraints.NONE, loc);
            return nullable ? new TypeRef.Nullable(bool, loc) : bool;
        }
        return analysis.declare(new TypeDecl.EnumDecl(loc, analysis.hint(loc), DocReader.doc(json), scalars), nullable);
    }
}
