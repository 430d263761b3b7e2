package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import dev.synesthetic.codegen.vocabulary.RecordRole;
import java.util.Iterator;
import java.util.Optional;

/**
 * The object part beside a union keyword ({@code anyOf}, {@code oneOf}…: whichever calls it) is the
 * base of every variant: a record variant gets the base's properties merged in; a branch that only
 * adds {@code required} (or asserts without shaping) is the base itself, which the validator checks.
 */
final class UnionBase {
    private final Analysis analysis;
    private final MergedShape merged;

    UnionBase(Analysis analysis, MergedShape merged) {
        this.analysis = analysis;
        this.merged = merged;
    }

    /**
     * The type of {@code branch}, one of the branches of {@code keyword} in {@code holder}, whose base
     * is the object part of {@code union}: the union itself, or the schema whose allOf branch
     * {@code hoisted} is the holder ({@code allOf: [{$ref: Base}, {oneOf: […]}]}; -1 for none).
     */
    TypeRef variant(SchemaNode union, SchemaNode holder, Keyword keyword, SchemaNode branch, int hoisted) {
        JsonNode branches = keyword.valueIn(holder.json());
        TypeRef own = analysis.typeOf(branch); // also checks the branch's keywords
        if (shapesNothing(branch)) {
            // One base type for every such branch: at the union when it is the only variant, else at
            // the first of them (the union itself is declared at the union's location).
            SchemaNode at = branch;
            boolean all = true;
            for (int i = branches.size() - 1; i >= 0; i--) {
                if (shapesNothing(branches.get(i), branch)) {
                    SourceLocation loc = keyword.at(holder.location()).child(i);
                    at = new SchemaNode(branches.get(i), loc, analysis.index.baseAt(loc, holder.baseUri()));
                } else {
                    all = false;
                }
            }
            return merged.withBase(union, all ? union : at, Optional.empty(), false, hoisted)
                    .orElse(own);
        }
        if (own.nonNull() instanceof TypeRef.Named named
                && analysis.declared.get(named.declaration()) instanceof TypeDecl.ObjectDecl) {
            return merged.withBase(union, branch, Optional.of(own), Keywords.REF.isIn(branch.json()), hoisted)
                    .orElse(own);
        }
        return own;
    }

    private boolean shapesNothing(SchemaNode branch) {
        return shapesNothing(branch.json(), branch);
    }

    /** No keyword but {@code required} that shapes a type: the branch only asserts. */
    private boolean shapesNothing(JsonNode json, SchemaNode near) {
        if (!json.isObject()) {
            return false;
        }
        Draft draft = analysis.draftOf(near.location());
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            boolean shapes = Keywords.lookup(name, draft)
                    .map(k -> k.role() == RecordRole.SHAPE && k != Keywords.REQUIRED)
                    .orElse(false);
            if (shapes) {
                return false;
            }
        }
        return true;
    }
}
