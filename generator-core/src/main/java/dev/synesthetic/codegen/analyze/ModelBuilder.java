package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.RefResolver;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;

/**
 * Turns resolved schemas into the model: decides, for every schema reached from a file root or a
 * {@code $defs} entry, which Java-independent type it is. The shapes (object, array, union, enum,
 * scalar, reference) are units of their own, picked by {@link SchemaShapes} from the vocabulary's
 * shape keywords; {@link Analysis} holds what they share.
 */
public final class ModelBuilder {
    /**
     * How many schemas may be under analysis at once: nesting ({@code properties}, {@code items},
     * {@code anyOf}…) and {@code $ref} hops counted together. Analysis recurses once per level, so
     * this bounds its stack; deeper is a {@code LIMIT_EXCEEDED} error at the schema where it stops.
     */
    public static final int MAX_DEPTH = 50_000;

    private final Analysis analysis;

    public ModelBuilder(SchemaIndex index, RefResolver resolver, Diagnostics diagnostics) {
        this.analysis = new Analysis(index, resolver, diagnostics);
    }

    public SchemaModel build(Corpus corpus) {
        for (SchemaDocument document : corpus.allDocuments()) {
            analysis.documents.put(document.relativePath(), document);
        }
        RootTypes roots = new RootTypes(analysis.declared, analysis.diagnostics);
        for (SchemaDocument document : corpus.documents()) {
            SourceLocation root = SourceLocation.root(document.relativePath());
            TypeRef type = analysis.typeOf(
                    new SchemaNode(document.root(), root, analysis.index.baseAt(root, document.retrievalUri())));
            roots.add(document.relativePath(), document.root(), type, analysis.hint(root));
        }
        DeferredTypes.replaceAll(analysis.declared, analysis.deferred, analysis::finished);
        new UnionFlattener(analysis.declared, analysis.unions, analysis.diagnostics).flattenAll();
        Reachability.pruneUnreachable(analysis.declared, roots.roots().values());
        return SchemaModel.of(
                new HintFolder(analysis.declared, analysis::hint).fold(), corpus.schemaVersion(), roots.roots());
    }
}
