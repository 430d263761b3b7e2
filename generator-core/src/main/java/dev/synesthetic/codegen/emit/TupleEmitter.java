package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonTuples;
import dev.synesthetic.codegen.model.Constraints;
import dev.synesthetic.codegen.model.TypeDecl.TupleDecl;
import dev.synesthetic.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the record of a tuple: one component per position, {@code item0}, {@code item1}… (the index
 * the JSON Pointer of the item ends with), then {@code rest}, the items after the positions, when
 * the schema allows any. Positions past the required ones are {@code @Nullable}: null when the
 * array ends before them. It binds from and writes as the JSON array: databind reads the array as
 * plain values and builds through {@code fromJsonValue} (a delegating creator); {@code @JsonValue}
 * writes positions then rest, leaving out absent trailing positions.
 */
final class TupleEmitter {
    /** The tail component: after {@code item<n>}, so it never clashes with a position. */
    static final String REST = "rest";

    private static final TypeName ITEMS =
            ParameterizedTypeName.get(ClassName.get(List.class), JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC));

    private final JavaTypes types;
    private final Conversions conversions;
    private final DocWriter docs;

    TupleEmitter(JavaTypes types, Conversions conversions, DocWriter docs) {
        this.types = types;
        this.conversions = conversions;
        this.docs = docs;
    }

    static String component(int index) {
        return "item" + index;
    }

    TypeSpec emit(TupleDecl tuple) {
        ClassName self = types.declared(tuple);
        ClassName helper = JsonTuples.ARRAY.ownerIn(conversions.helper().packageName());
        TypeSpec.Builder record = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Jackson.generated())
                .addJavadoc(
                        "$L",
                        docs.typeDoc(
                                tuple.doc(),
                                tuple.location(),
                                "<p>Bound from and written as a JSON array of " + arity(tuple) + ".\n\n"));
        MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        List<CodeBlock> positions = new ArrayList<>();
        WriteConversions writes = new WriteConversions(conversions.helper().packageName());
        List<CodeBlock> arguments = new ArrayList<>();
        for (int i = 0; i < tuple.positions().size(); i++) {
            String name = component(i);
            TypeRef type = positionType(tuple, i);
            canonical.addParameter(types.of(type), name);
            record.addJavadoc(
                    "@param $L the item at index $L$L\n",
                    name,
                    i,
                    i < tuple.required() ? "" : "; null when the array is shorter");
            if (!type.isNullable()) {
                compact.addStatement(
                        FlatCode.of("$T.requireNonNull($N, $S)", Objects.class, name, "item " + i + " is required"));
            }
            positions.add(writes.write(type, FlatCode.of("this.$N", name)));
            CodeBlock item = JsonTuples.AT.call(
                    helper,
                    "array, $L, v -> $L",
                    i,
                    conversions.convert(tuple.positions().get(i), CodeBlock.of("v")));
            arguments.add(i < tuple.required() ? item : FlatCode.of("array.size() > $L ? $L : null", i, item));
        }
        Optional<TypeRef> rest = tuple.rest();
        if (rest.isPresent()) {
            TypeRef list = new TypeRef.ListOf(rest.get(), Constraints.NONE, tuple.location());
            canonical.addParameter(types.of(list), REST);
            record.addJavadoc(
                    "@param $L the items after index $L, in order\n",
                    REST,
                    tuple.positions().size() - 1);
            compact.addStatement(FlatCode.of("$N = $N == null ? $T.of() : $N", REST, REST, List.class, REST));
            CodeBlock element = conversions.convert(rest.get(), CodeBlock.of("v"));
            arguments.add(JsonTuples.REST.call(
                    helper, "array, $L, v -> $L", tuple.positions().size(), element));
        }
        record.recordConstructor(canonical.build());
        MethodSpec compactCtor = compact.build();
        if (!compactCtor.code().isEmpty()) {
            record.addMethod(compactCtor);
        }
        int max = rest.isPresent() ? -1 : tuple.positions().size();
        return record.addMethod(MethodSpec.methodBuilder("fromJson")
                        .addJavadoc(
                                "Jackson's creator: the array read as plain values, bound by {@code fromJsonValue}.\n")
                        .addAnnotation(AnnotationSpec.builder(Jackson.CREATOR)
                                .addMember("mode", "$T.Mode.DELEGATING", Jackson.CREATOR)
                                .build())
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(self)
                        .addParameter(ITEMS, "array")
                        .addStatement("return fromJsonValue(array)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toJsonValue")
                        .addJavadoc("The JSON array this tuple is written as, as plain JSON values.\n")
                        .addAnnotation(Jackson.plain(Jackson.VALUE))
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ITEMS)
                        .addStatement(FlatCode.of(
                                "return $L",
                                JsonTuples.WRITE.call(
                                        helper,
                                        "$L, new $T[] {$L}, $L",
                                        tuple.required(),
                                        Object.class,
                                        CodeBlock.join(positions, ", "),
                                        rest.isPresent()
                                                ? RuntimeApi.JsonWriting.LIST.call(
                                                        writes.helper(), "this.$N, $L", REST, writes.lambda(rest.get()))
                                                : CodeBlock.of("$T.of()", List.class))))
                        .build())
                .addMethod(new JsonStreaming(self.packageName()).fromTree())
                .addMethod(MethodSpec.methodBuilder("fromJsonValue")
                        .addJavadoc(
                                "Builds a {@code $L} from a parsed JSON array (its items as Jackson binds them to\n"
                                        + "{@code Object} with {@code USE_BIG_DECIMAL_FOR_FLOATS}). Throws\n"
                                        + "{@link IllegalArgumentException} naming where the value does not have this shape.\n",
                                self.simpleName())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC), "json")
                        .addStatement(FlatCode.of(
                                "$T<?> array = $L",
                                List.class,
                                JsonTuples.ARRAY.call(helper, "json, $L, $L", tuple.required(), max)))
                        .addStatement(FlatCode.of("return new $T(\n$>$L$<)", self, CodeBlock.join(arguments, ",\n")))
                        .build())
                .build();
    }

    /** A position's type; one the array may end before is nullable. */
    private static TypeRef positionType(TupleDecl tuple, int index) {
        TypeRef type = tuple.positions().get(index);
        return index < tuple.required() || type.isNullable() ? type : new TypeRef.Nullable(type, type.location());
    }

    private static String arity(TupleDecl tuple) {
        int size = tuple.positions().size();
        String positions = tuple.required() == size ? "" + size : tuple.required() + " to " + size;
        return tuple.rest().isPresent() ? positions + " items or more" : positions + " items";
    }
}
