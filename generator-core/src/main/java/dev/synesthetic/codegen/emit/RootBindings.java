package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each schema file's root type and how generated code binds a parsed document to it: a record
 * (also a root's value record) with its {@code fromJsonValue}, a union with its {@code fromJson},
 * an enum from the string. The readers use it; {@code GenerationResult.rootRecords} lists its types.
 */
public final class RootBindings {
    /** @param binder an expression of type {@code Function<Object, T>} in the records' package */
    public record RootBinding(ClassName type, CodeBlock binder) {}

    private RootBindings() {}

    public static SortedMap<String, RootBinding> of(SchemaModel model, JavaNames names, String packageName) {
        SortedMap<String, RootBinding> roots = new TreeMap<>();
        model.roots().forEach((file, location) -> {
            TypeDecl decl = model.type(location);
            ClassName type = ClassName.get(packageName, names.type(location));
            roots.put(file, new RootBinding(type, binder(decl, type, ClassName.get(packageName, Conversions.HELPER))));
        });
        return roots;
    }

    private static CodeBlock binder(TypeDecl decl, ClassName type, ClassName helper) {
        if (decl instanceof TypeDecl.EnumDecl enumeration && !enumeration.textOnly()) {
            return FlatCode.of("$T::fromValue", type);
        }
        if (decl instanceof TypeDecl.EnumDecl) {
            return FlatCode.of("json -> $T.fromValue($L)", type, RuntimeApi.JsonValues.STRING.call(helper, "json"));
        }
        return FlatCode.of("$T::$L", type, decl instanceof TypeDecl.UnionDecl ? "fromJson" : "fromJsonValue");
    }
}
