package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.model.NameHint;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.naming.RootTitles;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A derived name hint may point at a schema that declares no type (a nullable wrapper, a property
 * holding a list): folds such owners into the hint until it names a declared type or becomes a
 * given name, so the namer only ever looks up declared owners.
 */
final class HintFolder {
    private final Map<SourceLocation, TypeDecl> declared;
    private final Function<SourceLocation, NameHint> hintAt;

    HintFolder(Map<SourceLocation, TypeDecl> declared, Function<SourceLocation, NameHint> hintAt) {
        this.declared = declared;
        this.hintAt = hintAt;
    }

    Map<SourceLocation, TypeDecl> fold() {
        Map<SourceLocation, TypeDecl> result = new HashMap<>();
        for (TypeDecl decl : declared.values()) {
            NameHint hint = decl.nameHint();
            while (hint instanceof NameHint.Derived derived && !declared.containsKey(derived.owner())) {
                hint = joined(hintAt.apply(derived.owner()), derived.part());
            }
            result.put(decl.location(), withHint(decl, hint));
        }
        return result;
    }

    private static NameHint joined(NameHint owner, String part) {
        if (owner instanceof NameHint.Derived derived) {
            return new NameHint.Derived(derived.owner(), derived.part() + " " + part);
        }
        if (owner instanceof NameHint.Root root) {
            return new NameHint.Definition(RootTitles.words(root.title(), root.fileName()) + " " + part);
        }
        return new NameHint.Definition(((NameHint.Definition) owner).key() + " " + part);
    }

    private static TypeDecl withHint(TypeDecl decl, NameHint hint) {
        if (decl instanceof TypeDecl.ObjectDecl o) {
            return new TypeDecl.ObjectDecl(
                    o.location(), hint, o.doc(), o.properties(), o.additional(), o.documentRoot(), o.bases());
        }
        if (decl instanceof TypeDecl.EnumDecl e) {
            return new TypeDecl.EnumDecl(e.location(), hint, e.doc(), e.values());
        }
        if (decl instanceof TypeDecl.ValueDecl v) {
            return new TypeDecl.ValueDecl(v.location(), hint, v.doc(), v.value());
        }
        if (decl instanceof TypeDecl.TupleDecl t) {
            return new TypeDecl.TupleDecl(t.location(), hint, t.doc(), t.positions(), t.required(), t.rest());
        }
        TypeDecl.UnionDecl u = (TypeDecl.UnionDecl) decl;
        return new TypeDecl.UnionDecl(u.location(), hint, u.doc(), u.variants());
    }
}
