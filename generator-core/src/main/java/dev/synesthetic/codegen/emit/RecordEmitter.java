package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonMembers;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonValues;
import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.lang.model.element.Modifier;

/**
 * Emits one record per object schema. Required/optional/nullable decide each component's type and
 * Jackson policy (see {@link Presence}); keys the schema does not list are kept in a map when it
 * allows them and rejected when it does not.
 */
final class RecordEmitter {
    private final JavaTypes types;
    private final JavaNames names;
    private final Conversions conversions;
    private final DocWriter docs;
    private final JacksonBaseline jackson;
    private Optional<BeanConstraints> beanConstraints = Optional.empty();
    private final RecordWriter writer;

    RecordEmitter(JavaTypes types, JavaNames names, Conversions conversions, DocWriter docs, JacksonBaseline jackson) {
        this.types = types;
        this.names = names;
        this.conversions = conversions;
        this.docs = docs;
        this.jackson = jackson;
        this.writer = new RecordWriter(
                names, new WriteConversions(conversions.helper().packageName()));
    }

    /** Components get Bean Validation annotations ({@code beanValidation} on). */
    RecordEmitter withBeanConstraints(BeanConstraints constraints) {
        this.beanConstraints = Optional.of(constraints);
        return this;
    }

    /**
     * {@code views}: the interfaces of accessors it implements ({@link ViewEmitter}); open, for a
     * {@link BuilderEmitter} to add to (JavaPoet's {@code toBuilder} drops a record's constructor).
     */
    TypeSpec.Builder emit(ObjectDecl object, List<ClassName> views) {
        return emit(object, types.declared(object), false, views);
    }

    /**
     * {@code group}: one of the nested records a {@link GroupedRecordEmitter} record holds its
     * properties in; members of other groups are not its concern, so it neither keeps nor rejects them.
     */
    TypeSpec.Builder emit(ObjectDecl object, ClassName self, boolean group, List<ClassName> views) {
        // A creator of its own when some property is optional and nullable (see creator) or the record
        // keeps unknown members: with @JsonAnySetter on a component of the canonical constructor,
        // Jackson also binds a member named like that component (additionalProperties) as the whole map.
        boolean keepsUnknown = !group && keepsUnknown(object);
        boolean factory = keepsUnknown
                || object.properties().stream().anyMatch(p -> Presence.of(p) == Presence.OPTIONAL_NULLABLE);
        TypeSpec.Builder record = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Jackson.generated())
                .addJavadoc("$L", docs.typeDoc(object.doc(), object.location()))
                .addSuperinterfaces(views);
        MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (Property property : object.properties()) {
            String name = names.component(object.location(), property.wireName());
            canonical.addParameter(component(property, name));
            record.addJavadoc("$L", docs.paramDoc(name, property));
            if (Presence.of(property) == Presence.REQUIRED) {
                compact.addStatement(JavaLiterals.of(
                        "$T.requireNonNull($N, $S)", Objects.class, name, "'" + property.wireName() + "' is required"));
            }
            Copies.of(conversions.helper(), name, property.wireName(), property.type(), Presence.of(property))
                    .ifPresent(compact::addStatement);
        }
        if (keepsUnknown) {
            String name = names.additional(object.location());
            ParameterSpec.Builder extra = ParameterSpec.builder(additionalType(object), name)
                    .addAnnotation(Jackson.plain(Jackson.ANY_GETTER));
            if (!factory) {
                extra.addAnnotation(Jackson.plain(Jackson.ANY_SETTER));
            }
            canonical.addParameter(extra.build());
            record.addJavadoc(
                    "@param $L members the schema does not list; in input order when built by\n"
                            + "    {@code fromJsonValue} (and so by the generated readers), while databind's creator binding does not\n"
                            + "    keep their order\n",
                    name);
            compact.addStatement(
                    "$N = $N == null || $N.isEmpty() ? $T.of() : $T.unmodifiableMap(new $T<>($N))",
                    name,
                    name,
                    name,
                    Map.class,
                    Collections.class,
                    LinkedHashMap.class,
                    name);
            if (!object.properties().isEmpty()) {
                compact.addCode(rejectDeclared(self, name));
            }
        } else if (!group) {
            record.addMethod(rejectUnknown(self));
        }
        record.recordConstructor(canonical.build());
        MethodSpec compactCtor = compact.build();
        if (!compactCtor.code().isEmpty()) {
            record.addMethod(compactCtor);
        }
        if (factory) {
            record.addMethod(creator(object, self, keepsUnknown));
        }
        record.addMethod(converter(object, self, group));
        record.addMethod(
                writer.toJsonValue(object, keepsUnknown ? names.additional(object.location()) : "", keepsUnknown));
        record.addField(namesInOrder(object));
        if (!group) {
            record.addField(knownNames());
        }
        return record;
    }

    static boolean keepsUnknown(ObjectDecl object) {
        return !(object.additional() instanceof AdditionalProperties.Forbidden);
    }

    TypeName additionalType(ObjectDecl object) {
        TypeName value = object.additional() instanceof AdditionalProperties.Typed typed
                ? types.of(typed.valueType())
                : JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC);
        return ParameterizedTypeName.get(ClassName.get(Map.class), JavaTypes.STRING, value);
    }

    private ParameterSpec component(Property property, String name) {
        TypeName type = types.component(property);
        ParameterSpec.Builder spec = ParameterSpec.builder(
                beanConstraints.map(b -> b.component(property, type)).orElse(type), name);
        Presence presence = Presence.of(property);
        spec.addAnnotation(Jackson.property(
                property.wireName(), presence == Presence.REQUIRED || presence == Presence.REQUIRED_NULLABLE));
        switch (presence) {
            case REQUIRED_NULLABLE -> spec.addAnnotation(Jackson.include("ALWAYS"));
            case OPTIONAL, OPTIONAL_NULLABLE -> spec.addAnnotation(Jackson.include("NON_NULL"));
            default -> {}
        }
        if (JavaTypes.holdsDateTime(property.type())) {
            spec.addAnnotation(Jackson.dateTimeFormat());
        }
        return spec.build();
    }

    /**
     * Unknown members named like a declared one would be written twice: refused, naming them (a
     * builder's {@code build()} and {@code withX} go through here too).
     */
    private static CodeBlock rejectDeclared(ClassName self, String name) {
        return CodeBlock.builder()
                .beginControlFlow(
                        "if (!$N.isEmpty() && !$T.disjoint($N.keySet(), $N))",
                        name,
                        Collections.class,
                        name,
                        KNOWN_NAMES)
                .addStatement(
                        "throw new $T($S + $N.keySet().stream().filter($N::contains).toList())",
                        IllegalArgumentException.class,
                        String.join(".", self.simpleNames()) + ": " + name + " holds declared member(s): ",
                        name,
                        KNOWN_NAMES)
                .endControlFlow()
                .build();
    }

    /** With additionalProperties false, binding fails on an unknown key whatever the mapper's settings. */
    private static MethodSpec rejectUnknown(ClassName self) {
        return MethodSpec.methodBuilder("rejectUnknownProperty")
                .addAnnotation(Jackson.plain(Jackson.ANY_SETTER))
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "name")
                .addParameter(ParameterSpec.builder(JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC), "value")
                        .build())
                .addStatement(
                        "throw new $T($S + name + $S)",
                        IllegalArgumentException.class,
                        "unknown property '",
                        "': " + self.simpleName() + " allows no additional properties")
                .build();
    }

    /**
     * Jackson's creator when some property is optional and nullable: an {@link AtomicReference}
     * parameter is null when the key is absent (see {@link Jackson#absentAsNull()}) and holds null
     * for an explicit JSON null, which is how the record tells the two apart. Also when the record
     * keeps unknown members: its {@code @JsonAnySetter} parameter collects every member no property
     * names, whatever its key, where the same annotation on a component of the canonical constructor
     * would bind a member named like the component ({@code additionalProperties}) as the map itself.
     */
    private MethodSpec creator(ObjectDecl object, ClassName self, boolean keepsUnknown) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromJson")
                .addAnnotation(Jackson.plain(Jackson.CREATOR))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self);
        List<CodeBlock> arguments = new ArrayList<>();
        for (Property property : object.properties()) {
            String name = names.component(object.location(), property.wireName());
            Presence presence = Presence.of(property);
            TypeName type = types.component(property);
            if (presence == Presence.OPTIONAL_NULLABLE) {
                type = ParameterizedTypeName.get(
                                ClassName.get(AtomicReference.class),
                                types.of(property.type().nonNull()))
                        .annotated(JavaTypes.NULLABLE_SPEC);
                arguments.add(CodeBlock.of("$N == null ? null : $T.ofNullable($N.get())", name, Optional.class, name));
            } else {
                arguments.add(CodeBlock.of("$N", name));
            }
            ParameterSpec.Builder parameter = ParameterSpec.builder(type, name)
                    .addAnnotation(Jackson.property(
                            property.wireName(),
                            presence == Presence.REQUIRED || presence == Presence.REQUIRED_NULLABLE));
            if (presence == Presence.OPTIONAL_NULLABLE && jackson.injectsAbsent()) {
                parameter.addAnnotation(Jackson.absentAsNull());
            }
            if (JavaTypes.holdsDateTime(property.type())) {
                parameter.addAnnotation(Jackson.dateTimeFormat());
            }
            method.addParameter(parameter.build());
        }
        if (keepsUnknown) {
            String name = names.additional(object.location());
            method.addParameter(ParameterSpec.builder(additionalType(object).annotated(JavaTypes.NULLABLE_SPEC), name)
                    .addAnnotation(Jackson.plain(Jackson.ANY_SETTER))
                    .build());
            arguments.add(CodeBlock.of("$N", name));
        }
        return method.addStatement("return new $T(\n$>$L$<)", self, CodeBlock.join(arguments, ",\n"))
                .build();
    }

    /**
     * {@code fromJsonValue}: builds the record from an already-parsed value. The generated readers
     * bind with it (no databind on that path), and unions try their variants with it.
     */
    private MethodSpec converter(ObjectDecl object, ClassName self, boolean group) {
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
                .addStatement(
                        "$T members = $L",
                        members,
                        JsonValues.MEMBERS.call(conversions.helper(), "json, $N", NAMES_IN_ORDER));
        List<CodeBlock> arguments = new ArrayList<>();
        for (int i = 0; i < object.properties().size(); i++) {
            arguments.add(propertyValue(object.properties().get(i), i));
        }
        if (!group) {
            unknownMembers(object, self, method).ifPresent(arguments::add);
        }
        return method.addStatement("return new $T(\n$>$L$<)", self, CodeBlock.join(arguments, ",\n"))
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
        if (keepsUnknown(object)) {
            return Optional.of(rest);
        }
        // Before any member is converted: a union trying this variant on a value with a member it
        // does not know gives up at once instead of binding the rest first.
        method.addStatement("$L", JsonMembers.REJECT_UNKNOWN.on("members", "$N, $S", KNOWN_NAMES, self.simpleName()));
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
