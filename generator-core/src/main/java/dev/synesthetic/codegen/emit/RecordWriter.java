package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonWriting;
import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.LinkedHashMap;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A record's {@code toJsonValue()}, the inverse of its {@code fromJsonValue}: a fresh
 * {@code LinkedHashMap} of its members in the schema's property order, absent ones left out, an
 * explicit null kept as null (see {@link Presence}), then the members the schema does not list.
 * Components are read as {@code this.x}, so no component can be shadowed by the local map.
 */
final class RecordWriter {
    private final JavaNames names;
    private final WriteConversions writes;

    RecordWriter(JavaNames names, WriteConversions writes) {
        this.names = names;
        this.writes = writes;
    }

    /** {@code group}: a group of a {@link GroupedRecordEmitter} record writes its own members only. */
    MethodSpec toJsonValue(ObjectDecl object, String additional, boolean keepsUnknown) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(WriteConversions.METHOD)
                .addJavadoc(
                        "This record as plain JSON values, the inverse of {@code fromJsonValue}: a fresh map of its\n"
                                + "members in the schema's order (absent ones left out, explicit nulls kept), numbers exactly,\n"
                                + "date-times as RFC 3339 text with their own offset. Write it with any JSON library; no\n"
                                + "databind configuration is needed.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(WriteConversions.objectType())
                .addStatement(FlatCode.of("$T json = new $T<>()", WriteConversions.objectType(), LinkedHashMap.class));
        putMembers(method, object.properties(), object);
        if (keepsUnknown) {
            CodeBlock field = FlatCode.of("this.$N", additional);
            CodeBlock value = object.additional() instanceof AdditionalProperties.Typed typed
                    ? writes.lambda(typed.valueType())
                    : FlatCode.of("w -> $L", JsonWriting.FREE.call(writes.helper(), "w"));
            method.addStatement(
                    FlatCode.of("json.putAll($L)", JsonWriting.MAP.call(writes.helper(), "$L, $L", field, value)));
        }
        return method.addStatement("return json").build();
    }

    /** One statement per property of {@code properties}, components named as in {@code object}. */
    void putMembers(MethodSpec.Builder method, List<Property> properties, ObjectDecl object) {
        for (Property property : properties) {
            CodeBlock field = FlatCode.of("this.$N", names.component(object.location(), property.wireName()));
            CodeBlock name = JavaLiterals.string(property.wireName());
            switch (Presence.of(property)) {
                case REQUIRED, REQUIRED_NULLABLE ->
                    method.addStatement(FlatCode.of("json.put($L, $L)", name, writes.write(property.type(), field)));
                case OPTIONAL ->
                    method.addStatement(FlatCode.of(
                            "$L",
                            JsonWriting.PRESENT.call(
                                    writes.helper(),
                                    "json, $L, $L, $L",
                                    name,
                                    field,
                                    writes.lambda(property.type().nonNull()))));
                case OPTIONAL_NULLABLE ->
                    method.addStatement(FlatCode.of(
                            "$L",
                            JsonWriting.OPTIONAL.call(
                                    writes.helper(),
                                    "json, $L, $L, $L",
                                    name,
                                    field,
                                    writes.lambda(property.type().nonNull()))));
            }
        }
    }
}
