package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeDecl.UnionDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.naming.JavaNames;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits a sealed interface per union, with one record per variant. Jackson binds the parsed value
 * through {@code fromJson}, which binds the variant a {@link Discriminator} names or else tries the
 * variants in model order (each guarded by its JSON kind), and writes a variant back as the bare
 * value it holds.
 */
final class UnionEmitter {
    private final SchemaModel model;
    private final JavaTypes types;
    private final JavaNames names;
    private final Conversions conversions;
    private final DocWriter docs;
    private final WriteConversions writes;
    private final JsonStreaming streaming;

    UnionEmitter(SchemaModel model, JavaTypes types, JavaNames names, Conversions conversions, DocWriter docs) {
        this.model = model;
        this.types = types;
        this.names = names;
        this.conversions = conversions;
        this.docs = docs;
        this.writes = new WriteConversions(conversions.helper().packageName());
        this.streaming = new JsonStreaming(conversions.helper().packageName());
    }

    TypeSpec emit(UnionDecl union) {
        ClassName self = types.declared(union);
        List<String> variantNames = names.variants(union.location());
        Optional<Discriminator> discriminator = Discriminator.of(model, union);
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(Jackson.generated())
                .addJavadoc(
                        "$L",
                        docs.typeDoc(
                                union.doc(),
                                union.location(),
                                "<p>One of: " + String.join(", ", kinds(union)) + ".\n\n"));
        MethodSpec.Builder fromJson = MethodSpec.methodBuilder("fromJson")
                .addJavadoc(discriminator
                        .map(d -> CodeBlock.of(
                                "Binds the variant that the member {@code $L} of {@code json} names, a value as\n"
                                        + "Jackson binds it to {@code Object}; no other variant is tried.\n",
                                Javadocs.escape(d.property())))
                        .orElse(CodeBlock.of(
                                "Picks the first variant that accepts {@code json}, a value as Jackson binds it to\n"
                                        + "{@code Object}.\n")))
                .addAnnotation(Jackson.plain(Jackson.CREATOR))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC), "json");
        List<CodeBlock> cases = new ArrayList<>();
        boolean tracksClosest =
                discriminator.isEmpty() && union.variants().stream().anyMatch(UnionEmitter::canFailAfterGuard);
        if (tracksClosest) {
            fromJson.addStatement(FlatCode.of("$T closest = null", mismatch().annotated(JavaTypes.NULLABLE_SPEC)));
        }
        for (int i = 0; i < union.variants().size(); i++) {
            TypeRef variant = union.variants().get(i);
            ClassName variantName = self.nestedClass(variantNames.get(i));
            type.addPermittedSubclass(variantName);
            type.addType(variantRecord(variantName, self, variant));
            if (discriminator.isPresent()) {
                cases.add(JavaLiterals.of(
                        "case $S -> new $T($L);\n",
                        discriminator.get().values().get(i),
                        variantName,
                        conversions.convert(variant, CodeBlock.of("json"))));
            } else {
                addAttempt(fromJson, variantName, variant, kind(variant));
            }
        }
        if (discriminator.isPresent()) {
            dispatch(fromJson, discriminator.get(), cases);
        } else {
            fromJson.addStatement(FlatCode.of(
                    "throw $L",
                    RuntimeApi.JsonMismatch.NO_VARIANT.call(
                            mismatch(),
                            "$S, $L, $L",
                            self.simpleName() + ": expected " + String.join(" or ", kinds(union)) + " but got ",
                            "json",
                            tracksClosest ? "closest" : "null")));
        }
        return type.addMethod(fromJson.build())
                .addMethod(MethodSpec.methodBuilder(WriteConversions.METHOD)
                        .addJavadoc("The value this variant holds, as plain JSON values.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(WriteConversions.valueType())
                        .build())
                .addMethod(streaming.abstractMethod())
                .build();
    }

    /** Reads the discriminator, then binds the one variant it names; any other value is an error naming it. */
    private void dispatch(MethodSpec.Builder method, Discriminator discriminator, List<CodeBlock> cases) {
        CodeBlock allowed = CodeBlock.join(
                discriminator.values().stream().map(JavaLiterals::string).toList(), ", ");
        CodeBlock property = JavaLiterals.string(discriminator.property());
        method.addStatement(FlatCode.of(
                "$T tag = $L",
                String.class,
                RuntimeApi.JsonValues.DISCRIMINATOR.call(
                        conversions.helper(), "$L, $L, $L", "json", property, allowed)));
        method.addCode("return switch (tag) {\n$>");
        cases.forEach(method::addCode);
        method.addCode(
                "default -> throw $L;\n$<};\n",
                RuntimeApi.JsonValues.UNKNOWN_DISCRIMINATOR.call(
                        conversions.helper(), "$L, $L, $L", property, "tag", allowed));
    }

    private TypeSpec variantRecord(ClassName name, ClassName union, TypeRef variant) {
        TypeName valueType = types.of(variant);
        boolean dateTime = variant instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.DATE_TIME;
        ParameterSpec.Builder value = ParameterSpec.builder(valueType, "value");
        if (!dateTime) {
            value.addAnnotation(Jackson.plain(Jackson.VALUE));
        }
        TypeSpec.Builder record = TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(union)
                .addJavadoc("The $L variant.\n\n@param value the value, written back to JSON as is\n", kind(variant))
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(value.build())
                        .build())
                .addMethod(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement(FlatCode.of("$T.requireNonNull(value, $S)", Objects.class, "value"))
                        .build());
        if (dateTime) {
            record.addMethod(dateTimeText());
        }
        record.addMethod(MethodSpec.methodBuilder(WriteConversions.METHOD)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(WriteConversions.valueType())
                .addStatement(FlatCode.of("return $L", writes.write(variant, CodeBlock.of("this.value"))))
                .build());
        record.addMethod(streaming.method(streaming.stream(variant, "out", CodeBlock.of("this.value"))).toBuilder()
                .addAnnotation(Override.class)
                .build());
        return record.build();
    }

    /**
     * A date-time variant's JSON value. Jackson formats a {@code @JsonValue} with the settings of the
     * property that holds the union, not the variant's own {@code @JsonFormat}, so the variant writes
     * its text itself: RFC 3339 with the value's own offset, whatever the mapper's date settings.
     */
    private static MethodSpec dateTimeText() {
        return MethodSpec.methodBuilder("jsonValue")
                .addJavadoc("The value as RFC 3339 text with its own offset, as it is written to JSON.\n\n"
                        + "@return the text\n")
                .addAnnotation(Jackson.plain(Jackson.VALUE))
                .addModifiers(Modifier.PRIVATE)
                .returns(String.class)
                .addStatement(FlatCode.of("return $T.ISO_OFFSET_DATE_TIME.format(value)", DateTimeFormatter.class))
                .build();
    }

    /** The runtime's mismatch, which a union's failure is and whose closest variant it names. */
    private ClassName mismatch() {
        return conversions.helper().peerClass(RuntimeClasses.JSON_MISMATCH);
    }

    private void addAttempt(MethodSpec.Builder method, ClassName variantName, TypeRef variant, String kind) {
        CodeBlock build = FlatCode.of("new $T($L)", variantName, conversions.convert(variant, CodeBlock.of("json")));
        method.beginControlFlow("if ($L)", guardCondition(variant));
        if (canFailAfterGuard(variant)) {
            method.beginControlFlow("try")
                    .addStatement(FlatCode.of("return $L", build))
                    .nextControlFlow("catch ($T notThisVariant)", RuntimeException.class)
                    .addComment("the JSON kind fits but the value does not: keep the closest, try the next")
                    .addStatement(FlatCode.of(
                            "closest = $L",
                            RuntimeApi.JsonMismatch.CLOSER.call(
                                    mismatch(), "$L, $S, $L", "closest", kind, "notThisVariant")))
                    .endControlFlow();
        } else {
            method.addStatement(FlatCode.of("return $L", build));
        }
        method.endControlFlow();
    }

    /**
     * The variant's JSON kind, and for a record the members it requires: most values a record variant
     * refuses lack one, and testing for them is far cheaper than the exception a failed attempt costs.
     */
    private CodeBlock guardCondition(TypeRef variant) {
        if (variant instanceof TypeRef.Named named
                && model.type(named.declaration()) instanceof TypeDecl.ObjectDecl object) {
            List<CodeBlock> required = new ArrayList<>();
            for (TypeDecl.Property property : object.properties()) {
                Presence presence = Presence.of(property);
                if (presence == Presence.REQUIRED || presence == Presence.REQUIRED_NULLABLE) {
                    required.add(JavaLiterals.of("object.containsKey($S)", property.wireName()));
                }
            }
            if (!required.isEmpty()) {
                return FlatCode.of(
                        "json instanceof $T<?, ?> object && $L", Map.class, CodeBlock.join(required, " && "));
            }
        }
        return FlatCode.of("json instanceof $T", guard(variant));
    }

    /** The Java class Jackson's untyped binding uses for the variant's JSON kind. */
    private Class<?> guard(TypeRef variant) {
        if (variant instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING, DATE_TIME -> String.class;
                case INTEGER, NUMBER -> Number.class;
                case BOOLEAN -> Boolean.class;
            };
        }
        if (variant instanceof TypeRef.ListOf
                || (variant instanceof TypeRef.Named named
                        && model.type(named.declaration()) instanceof TypeDecl.TupleDecl)) {
            return List.class;
        }
        if (variant instanceof TypeRef.Named named
                && model.type(named.declaration()) instanceof TypeDecl.EnumDecl enumeration) {
            return enumeration.textOnly() ? String.class : enumeration.numbersOnly() ? Number.class : Object.class;
        }
        return Map.class;
    }

    private static boolean canFailAfterGuard(TypeRef variant) {
        if (variant instanceof TypeRef.Scalar scalar) {
            return scalar.kind() == ScalarKind.INTEGER || scalar.kind() == ScalarKind.DATE_TIME;
        }
        return !(variant instanceof TypeRef.Any);
    }

    private List<String> kinds(UnionDecl union) {
        List<String> kinds = new ArrayList<>();
        for (TypeRef variant : union.variants()) {
            kinds.add(kind(variant));
        }
        return kinds;
    }

    private String kind(TypeRef variant) {
        if (variant instanceof TypeRef.Scalar scalar) {
            return scalar.kind() == ScalarKind.DATE_TIME
                    ? "date-time string"
                    : scalar.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (variant instanceof TypeRef.ListOf) {
            return "array";
        }
        if (variant instanceof TypeRef.MapOf) {
            return "object map";
        }
        if (variant instanceof TypeRef.Named named) {
            return names.type(named.declaration());
        }
        return "object";
    }
}
