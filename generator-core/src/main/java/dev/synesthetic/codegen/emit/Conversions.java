package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Code that converts a parsed JSON value (maps, lists, strings, numbers, booleans, null) to a model
 * type. Unions need it: to pick a variant they must try to build a record from a value Jackson has
 * already parsed, and the records may depend on nothing but jackson-annotations.
 */
final class Conversions {
  static final String HELPER = "JsonValues";

  private final SchemaModel model;
  private final JavaTypes types;
  private final ClassName helper;
  private int lambdaDepth;

  Conversions(SchemaModel model, JavaTypes types, String packageName) {
    this.model = model;
    this.types = types;
    this.helper = ClassName.get(packageName, HELPER);
  }

  ClassName helper() {
    return helper;
  }

  /** An expression converting {@code value} (an expression of type Object) to {@code ref}. */
  CodeBlock convert(TypeRef ref, CodeBlock value) {
    if (ref instanceof TypeRef.Nullable nullable) {
      String v = "v" + (lambdaDepth++);
      CodeBlock inner = convert(nullable.inner(), CodeBlock.of("$L", v));
      lambdaDepth--;
      return CodeBlock.of("$T.nullable($L, $L -> $L)", helper, value, v, inner);
    }
    if (ref instanceof TypeRef.Scalar scalar) {
      String method = switch (scalar.kind()) {
        case STRING -> "string";
        case DATE_TIME -> "dateTime";
        case INTEGER -> "integer";
        case NUMBER -> "number";
        case BOOLEAN -> "bool";
      };
      return CodeBlock.of("$T.$L($L)", helper, method, value);
    }
    if (ref instanceof TypeRef.ListOf list) {
      return CodeBlock.of("$T.list($L, $L)", helper, value, lambda(list.element()));
    }
    if (ref instanceof TypeRef.MapOf map) {
      return CodeBlock.of("$T.map($L, $L)", helper, value, lambda(map.value()));
    }
    if (ref instanceof TypeRef.Named named) {
      TypeDecl decl = model.type(named.declaration());
      ClassName type = types.declared(decl);
      if (decl instanceof TypeDecl.EnumDecl) {
        return CodeBlock.of("$T.fromValue($T.string($L))", type, helper, value);
      }
      if (decl instanceof TypeDecl.UnionDecl) {
        return CodeBlock.of("$T.fromJson($L)", type, value);
      }
      return CodeBlock.of("$T.fromJsonValue($L)", type, value);
    }
    TypeRef.Any any = (TypeRef.Any) ref;
    return any.objectOnly() ? CodeBlock.of("$T.object($L)", helper, value) : value;
  }

  private CodeBlock lambda(TypeRef element) {
    String v = "v" + (lambdaDepth++);
    CodeBlock body = convert(element, CodeBlock.of("$L", v));
    lambdaDepth--;
    return CodeBlock.of("$L -> $L", v, body);
  }

  /**
   * The records that need a {@code fromJsonValue} converter: every object reachable from a union
   * variant, since a union builds its variants from an already-parsed value.
   */
  static Set<dev.synesthetic.codegen.source.SourceLocation> needingConverters(SchemaModel model) {
    Set<dev.synesthetic.codegen.source.SourceLocation> needed = new HashSet<>();
    Deque<TypeRef> work = new ArrayDeque<>();
    for (TypeDecl decl : model.declarations()) {
      if (decl instanceof TypeDecl.UnionDecl union) {
        work.addAll(union.variants());
      }
    }
    while (!work.isEmpty()) {
      TypeRef ref = work.pop().nonNull();
      if (ref instanceof TypeRef.ListOf list) {
        work.push(list.element());
      } else if (ref instanceof TypeRef.MapOf map) {
        work.push(map.value());
      } else if (ref instanceof TypeRef.Named named
          && model.type(named.declaration()) instanceof TypeDecl.ObjectDecl object
          && needed.add(object.location())) {
        object.properties().forEach(p -> work.push(p.type()));
        if (object.additional() instanceof dev.synesthetic.codegen.model.AdditionalProperties.Typed typed) {
          work.push(typed.valueType());
        }
      }
    }
    return needed;
  }
}
