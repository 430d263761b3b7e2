package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.JsonType;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** {@code anyOf}, {@code oneOf} and type lists: the variants, simplified; a union type when more than one remains. */
final class UnionShape {
    private final Analysis analysis;
    private final KeywordRules rules;
    /** Merges the object part beside the union keyword into its variants; set once by SchemaShapes. */
    private UnionBase base;

    UnionShape(Analysis analysis, KeywordRules rules) {
        this.analysis = analysis;
        this.rules = rules;
    }

    void mergeBaseWith(MergedShape merged) {
        this.base = new UnionBase(analysis, merged);
    }

    TypeRef anyOf(SchemaNode node) {
        return branches(node, Keywords.ANY_OF);
    }

    TypeRef oneOf(SchemaNode node) {
        return branches(node, Keywords.ONE_OF);
    }

    /**
     * {@code allOf: [{$ref: Base}, {oneOf: […]}]}: the union of the allOf branch {@code index} of
     * {@code node}, declared at {@code node}, each variant carrying the rest of the merge as its base.
     */
    TypeRef hoisted(SchemaNode node, int index) {
        SourceLocation loc = Keywords.ALL_OF.at(node.location()).child(index);
        SchemaNode holder = new SchemaNode(
                Keywords.ALL_OF.valueIn(node.json()).get(index), loc, analysis.index.baseAt(loc, node.baseUri()));
        rules.check(holder.json(), loc);
        return branches(node, holder, UnionKeywords.in(holder.json()).orElseThrow(), index);
    }

    private TypeRef branches(SchemaNode node, Keyword keyword) {
        return branches(node, node, keyword, -1);
    }

    /**
     * One variant per branch of {@code keyword} in {@code holder} (the union {@code node} itself, or
     * its allOf branch {@code hoisted}); a {@code {"type": "null"}} branch makes the union nullable.
     */
    private TypeRef branches(SchemaNode node, SchemaNode holder, Keyword keyword, int hoisted) {
        SourceLocation loc = node.location();
        JsonNode branches = keyword.valueIn(holder.json());
        if (!branches.isArray() || branches.isEmpty()) {
            analysis.diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    keyword.at(holder.location()),
                    "'" + keyword + "' must be a non-empty array",
                    "List the alternatives as schemas.");
            return Analysis.anyValue(loc);
        }
        List<TypeRef> variants = new ArrayList<>();
        boolean sawNull = false;
        for (int i = 0; i < branches.size(); i++) {
            SourceLocation branchLoc = keyword.at(holder.location()).child(i);
            SchemaNode branch =
                    new SchemaNode(branches.get(i), branchLoc, analysis.index.baseAt(branchLoc, holder.baseUri()));
            if (isNull(Keywords.TYPE.pathIn(branch.json()))) {
                rules.check(branch.json(), branchLoc);
                sawNull = true;
            } else {
                variants.add(base.variant(node, holder, keyword, branch, hoisted));
            }
        }
        return union(node, loc, variants, sawNull);
    }

    /**
     * {@code "type": ["string", "null"]}: one variant per type, each read by {@code kind}. With a
     * record inside ({@code ["object", "string"]} with properties) the record is declared at this
     * schema, so the union around it is declared at its {@code "type"} keyword, one location each.
     */
    TypeRef typeList(SchemaNode node, JsonNode types, BiFunction<SchemaNode, String, TypeRef> kind) {
        SourceLocation loc = node.location();
        boolean recordInside =
                types.size() > 1 && (Keywords.PROPERTIES.isIn(node.json()) || Keywords.REQUIRED.isIn(node.json()));
        List<TypeRef> variants = new ArrayList<>();
        boolean sawNull = false;
        for (JsonNode type : types) {
            if (!type.isTextual()) {
                analysis.diagnostics.error(
                        DiagnosticCode.INVALID_SCHEMA,
                        Keywords.TYPE.at(loc),
                        "'type' entries must be strings",
                        "Use names such as \"string\" and \"null\".");
            } else if (isNull(type)) {
                sawNull = true;
            } else {
                variants.add(kind.apply(node, type.textValue()));
            }
        }
        return union(node, recordInside ? Keywords.TYPE.at(loc) : loc, variants, sawNull);
    }

    /** Simplifies the variants; declares a union when more than one distinct type remains. */
    private TypeRef union(SchemaNode node, SourceLocation loc, List<TypeRef> variants, boolean sawNull) {
        if (variants.isEmpty()) {
            return Analysis.onlyNull(loc);
        }
        UnionNormalizer.Result result = analysis.unions.normalize(variants, analysis.declared, sawNull);
        TypeRef single;
        if (result.variants().size() == 1) {
            single = result.variants().get(0);
        } else {
            single = analysis.declare(
                    new TypeDecl.UnionDecl(loc, analysis.hint(loc), DocReader.doc(node.json()), result.variants()),
                    false);
        }
        return result.nullable() && !single.isNullable() ? new TypeRef.Nullable(single, loc) : single;
    }

    private static boolean isNull(JsonNode type) {
        return type.isTextual() && type.textValue().equals(JsonType.NULL.jsonName());
    }
}
