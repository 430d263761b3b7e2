package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonMembers;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonValues;
import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A record's binding from plain values: {@code fromJsonValue} and the two constants of its member
 * names it looks members up by (also a grouped record's, see {@link GroupedRecordEmitter}).
 */
final class RecordBinding {
    private final Conversions conversions;

    RecordBinding(Conversions conversions) {
        this.conversions = conversions;
    }

    /**
     * {@code fromJsonValue}: builds the record from an already-parsed value. The generated readers
     * bind with it (no databind on that path), and unions try their variants with it.
     */
    MethodSpec fromJsonValue(ObjectDecl object, ClassName self, boolean group) {
        ClassName members = JsonMembers.REST.ownerIn(conversions.helper().packageName());
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromJsonValue")
                .addJavadoc(
                        "Builds a {@code $L} from a parsed JSON value (maps, lists, strings, numbers, booleans,\n"
                                + "null), as Jackson binds it to {@code Object} with {@code USE_BIG_DECIMAL_FOR_FLOATS}: binding\n"
                                + "without databind, e.g. after validating that value. The value is only read; free-form members\n"
                                + "are kept as given, not copied. Throws {@link IllegalArgumentException} naming where the value\n"
                                + "does not have this shape.\n",
                        self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC), "json")
                .addStatement(FlatCode.of(
                        "$T members = $L",
                        members,
                        JsonValues.MEMBERS.call(conversions.helper(), "json, $N", NAMES_IN_ORDER)));
        List<CodeBlock> arguments = new ArrayList<>();
        for (int i = 0; i < object.properties().size(); i++) {
            arguments.add(propertyValue(object.properties().get(i), i));
        }
        if (!group) {
            unknownMembers(object, self, method).ifPresent(arguments::add);
        }
        return method.addStatement(FlatCode.of("return new $T(\n$>$L$<)", self, CodeBlock.join(arguments, ",\n")))
                .build();
    }

    /**
     * The members the record does not name: the argument that keeps them, or (closed) a statement
     * on {@code method} rejecting any; {@code members} and {@link #KNOWN_NAMES} in scope.
     */
    Optional<CodeBlock> unknownMembers(ObjectDecl object, ClassName self, MethodSpec.Builder method) {
        CodeBlock rest = JsonMembers.REST.on("members", "$N", KNOWN_NAMES);
        if (object.additional() instanceof AdditionalProperties.Typed typed) {
            return Optional.of(conversions.convert(
                    new dev.synesthetic.codegen.model.TypeRef.MapOf(
                            typed.valueType(), dev.synesthetic.codegen.model.Constraints.NONE, object.location()),
                    rest));
        }
        if (UnknownMembers.keeps(object)) {
            return Optional.of(rest);
        }
        // Before any member is converted: a union trying this variant on a value with a member it
        // does not know gives up at once instead of binding the rest first.
        method.addStatement(
                FlatCode.of("$L", JsonMembers.REJECT_UNKNOWN.on("members", "$N, $S", KNOWN_NAMES, self.simpleName())));
        return Optional.empty();
    }

    /** Not component names: those are lower camel case. */
    static final String KNOWN_NAMES = "JSON_PROPERTY_NAMES";

    static final String NAMES_IN_ORDER = "JSON_PROPERTY_ORDER";

    /** The names in component order: {@code fromJsonValue} looks each up once, by this index. */
    static FieldSpec namesInOrder(ObjectDecl object) {
        List<CodeBlock> names = new ArrayList<>();
        for (Property property : object.properties()) {
            names.add(JavaLiterals.string(property.wireName()));
        }
        return FieldSpec.builder(String[].class, NAMES_IN_ORDER, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", CodeBlock.join(names, ", "))
                .build();
    }

    /** The same names as a set, built once, for finding members the record does not name. */
    FieldSpec knownNames() {
        return FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(Set.class), JavaTypes.STRING),
                        KNOWN_NAMES,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(JsonValues.NAMES.call(conversions.helper(), "$N", NAMES_IN_ORDER))
                .build();
    }

    /** The member at {@code index} of {@link #NAMES_IN_ORDER}, converted. */
    private CodeBlock propertyValue(Property property, int index) {
        return switch (Presence.of(property)) {
            case REQUIRED, REQUIRED_NULLABLE ->
                JsonMembers.REQUIRED.on(
                        "members",
                        "$L, $S, v -> $L",
                        index,
                        property.wireName(),
                        conversions.convert(property.type(), CodeBlock.of("v")));
            case OPTIONAL ->
                JsonMembers.PRESENT.on(
                        "members",
                        "$L, $S, v -> $L",
                        index,
                        property.wireName(),
                        conversions.convert(property.type(), CodeBlock.of("v")));
            case OPTIONAL_NULLABLE ->
                JsonMembers.OPTIONAL.on(
                        "members",
                        "$L, $S, v -> $L",
                        index,
                        property.wireName(),
                        conversions.convert(property.type().nonNull(), CodeBlock.of("v")));
        };
    }
}
