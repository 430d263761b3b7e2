package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonSink;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonWriting;
import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.naming.JavaNames;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Every type's {@code writeJson(JsonSink)}: {@link WriteConversions}' {@code toJsonValue()} streamed
 * instead of built. The same members in the same order, absent left out, explicit nulls kept, the
 * same scalars handed to the sink, so the readers' {@code write} gives byte for byte what writing
 * the tree gave, without allocating it. Mirrors {@link RecordWriter} and {@link WriteConversions}
 * case by case.
 */
final class JsonStreaming {
    static final String METHOD = "writeJson";
    /** A {@link GroupedRecordEmitter} group's members, inside the object its record starts. */
    static final String MEMBERS = "writeJsonMembers";

    private static final String OUT = "out";

    private final ClassName sink;
    private final ClassName writing;
    private int lambdaDepth;

    JsonStreaming(String packageName) {
        this.sink = ClassName.get(packageName, RuntimeClasses.JSON_SINK);
        this.writing = ClassName.get(packageName, RuntimeClasses.JSON_WRITING);
    }

    /** A statement expression writing {@code value}, an expression of {@code ref}'s Java type, to {@code out}. */
    CodeBlock stream(TypeRef ref, String out, CodeBlock value) {
        if (ref instanceof TypeRef.Nullable nullable) {
            return JsonSink.NULLABLE.call(sink, "$L, $L, $L", out, value, lambda(nullable.inner()));
        }
        if (ref instanceof TypeRef.Scalar scalar) {
            return JsonSink.VALUE.on(
                    out,
                    "$L",
                    scalar.kind() == ScalarKind.DATE_TIME ? JsonWriting.DATE_TIME.call(writing, "$L", value) : value);
        }
        if (ref instanceof TypeRef.ListOf list) {
            return JsonSink.LIST.call(sink, "$L, $L, $L", out, value, lambda(list.element()));
        }
        if (ref instanceof TypeRef.MapOf map) {
            return JsonSink.MAP.call(sink, "$L, $L, $L", out, value, lambda(map.value()));
        }
        if (ref instanceof TypeRef.Named) {
            return FlatCode.of("$L.$N($L)", value, METHOD, out);
        }
        // a free-form value is plain JSON already; the sink walks it as the tree's writer did
        return JsonSink.VALUE.on(out, "$L", value);
    }

    /** {@code (o, w) -> stream(w)}: non-capturing, with names no enclosing lambda uses. */
    CodeBlock lambda(TypeRef element) {
        int depth = lambdaDepth++;
        String o = "o" + depth;
        String w = "w" + depth;
        CodeBlock body = stream(element, o, FlatCode.of("$L", w));
        lambdaDepth--;
        return FlatCode.of("($L, $L) -> $L", o, w, body);
    }

    /** {@code public void writeJson(JsonSink out)} running {@code statement}. */
    MethodSpec method(CodeBlock statement) {
        return signature(METHOD).addStatement(FlatCode.of("$L", statement)).build();
    }

    /** The abstract {@code writeJson} of a union's interface. */
    MethodSpec abstractMethod() {
        return signature(METHOD).addModifiers(Modifier.ABSTRACT).build();
    }

    /** A type that keeps its tree (tuples, enums): {@code out.value(toJsonValue())}. */
    MethodSpec fromTree() {
        return method(JsonSink.VALUE.on(OUT, "$N()", WriteConversions.METHOD));
    }

    /** A record's {@code writeJson}, or a group's {@code writeJsonMembers} ({@code group}: no object of its own). */
    MethodSpec record(JavaNames names, ObjectDecl object, String additional, boolean keepsUnknown, boolean group) {
        MethodSpec.Builder method = signature(group ? MEMBERS : METHOD);
        if (!group) {
            method.addStatement(FlatCode.of("$L", JsonSink.START_OBJECT.on(OUT, "")));
        }
        members(method, names, object.properties(), object);
        if (keepsUnknown) {
            unknown(method, object, additional);
        }
        if (!group) {
            method.addStatement(FlatCode.of("$L", JsonSink.END_OBJECT.on(OUT, "")));
        }
        return method.build();
    }

    /** A grouped record's {@code writeJson}: one object, each group's members, then the unknown ones. */
    MethodSpec grouped(ObjectDecl object, List<String> groups, String additional, boolean keepsUnknown) {
        MethodSpec.Builder method =
                signature(METHOD).addStatement(FlatCode.of("$L", JsonSink.START_OBJECT.on(OUT, "")));
        groups.forEach(group -> method.addStatement(FlatCode.of("this.$N.$N($L)", group, MEMBERS, OUT)));
        if (keepsUnknown) {
            unknown(method, object, additional);
        }
        return method.addStatement(FlatCode.of("$L", JsonSink.END_OBJECT.on(OUT, "")))
                .build();
    }

    private void unknown(MethodSpec.Builder method, ObjectDecl object, String additional) {
        CodeBlock value = object.additional() instanceof AdditionalProperties.Typed typed
                ? lambda(typed.valueType())
                : FlatCode.of("(o, w) -> $L", JsonSink.VALUE.on("o", "w"));
        method.addStatement(FlatCode.of("$L", JsonSink.MEMBERS.call(sink, "$L, this.$N, $L", OUT, additional, value)));
    }

    private void members(MethodSpec.Builder method, JavaNames names, List<Property> properties, ObjectDecl object) {
        for (Property property : properties) {
            CodeBlock field = FlatCode.of("this.$N", names.component(object.location(), property.wireName()));
            CodeBlock name = JavaLiterals.string(property.wireName());
            switch (Presence.of(property)) {
                case REQUIRED, REQUIRED_NULLABLE -> {
                    method.addStatement(FlatCode.of("$L", JsonSink.NAME.on(OUT, "$L", name)));
                    method.addStatement(FlatCode.of("$L", stream(property.type(), OUT, field)));
                }
                case OPTIONAL -> {
                    // inline, not a helper taking a lambda: each member's call site stays monomorphic
                    method.beginControlFlow("if ($L != null)", field);
                    method.addStatement(FlatCode.of("$L", JsonSink.NAME.on(OUT, "$L", name)));
                    method.addStatement(FlatCode.of("$L", stream(property.type().nonNull(), OUT, field)));
                    method.endControlFlow();
                }
                case OPTIONAL_NULLABLE -> {
                    method.beginControlFlow("if ($L != null)", field);
                    method.addStatement(FlatCode.of("$L", JsonSink.NAME.on(OUT, "$L", name)));
                    method.beginControlFlow("if ($L.isPresent())", field);
                    method.addStatement(
                            FlatCode.of("$L", stream(property.type().nonNull(), OUT, CodeBlock.of("$L.get()", field))));
                    method.endControlFlow();
                    // Optional.empty(): the explicit null
                    method.beginControlFlow("if ($L.isEmpty())", field);
                    method.addStatement(FlatCode.of("$L", JsonSink.VALUE.on(OUT, "null")));
                    method.endControlFlow();
                    method.endControlFlow();
                }
            }
        }
    }

    private MethodSpec.Builder signature(String name) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc(
                        "Streams this value's JSON to {@code out}: the tokens writing {@code toJsonValue()} gives, without\n"
                                + "building it. What the generated readers' {@code write} uses.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(sink, OUT);
    }
}
