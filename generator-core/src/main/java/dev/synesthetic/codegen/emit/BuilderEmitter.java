package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl.EnumDecl;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.model.TypeDecl.UnionDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * Adds to a record {@code builder()}, {@code toBuilder()}, a nested {@code Builder} with one
 * method per component named like it, and a {@code withX(...)} copy per component. The builder
 * keeps the three states of an optional nullable member apart by method, never by a null argument:
 * {@code x(value)}, {@code xNull()} (explicit JSON null), {@code xAbsent()} (left out; also when
 * never set). {@code build()} names every required member not set, Java and JSON name.
 */
final class BuilderEmitter {
    /**
     * The nested class's name, unless the package declares a type of that name: a nested
     * {@code Builder} would shadow it in every record mentioning it (see {@link #nestedName}).
     */
    static final String BUILDER = "Builder";

    private final SchemaModel model;
    private final JavaTypes types;
    private final JavaNames names;
    private final RecordEmitter records;
    /** Every top-level type the package declares: records, enums, unions, values and views. */
    private final Set<String> packageTypes = new HashSet<>();

    BuilderEmitter(SchemaModel model, JavaTypes types, JavaNames names, RecordEmitter records) {
        this.model = model;
        this.types = types;
        this.names = names;
        this.records = records;
        packageTypes.addAll(names.types().values());
        packageTypes.addAll(names.views().values());
    }

    /**
     * {@code Builder}; when the package has a type named so (the record itself, or one it may
     * mention), {@code <Record>Builder}, then {@code <Record>Builder2}, {@code 3}... until no
     * package type has the name. The same whatever the file order: it depends on names only.
     */
    String nestedName(String self) {
        if (!packageTypes.contains(BUILDER)) {
            return BUILDER;
        }
        String name = self + BUILDER;
        for (int n = 2; packageTypes.contains(name); n++) {
            name = self + BUILDER + n;
        }
        return name;
    }

    /** One component as the builder sees it; {@code property} is empty for the unknown members' map. */
    private record Slot(String name, TypeName type, Optional<Property> property) {
        Presence presence() {
            return property.map(Presence::of).orElse(Presence.OPTIONAL);
        }

        String label() {
            return property.map(p -> name + " (JSON \"" + p.wireName() + "\")").orElse(name);
        }
    }

    /**
     * Adds to {@code record} (emitted for {@code object} as {@code self}) its builder and withers;
     * {@code group}: one of a {@link GroupedRecordEmitter} record's groups, which holds no unknown members.
     */
    void addTo(TypeSpec.Builder record, ObjectDecl object, ClassName self, boolean group) {
        List<Slot> slots = new ArrayList<>();
        for (Property property : object.properties()) {
            slots.add(new Slot(
                    names.component(object.location(), property.wireName()),
                    types.component(property),
                    Optional.of(property)));
        }
        if (!group && RecordEmitter.keepsUnknown(object)) {
            slots.add(new Slot(names.additional(object.location()), records.additionalType(object), Optional.empty()));
        }
        ClassName builder = self.nestedClass(nestedName(self.simpleName()));
        boolean presets = slots.stream().anyMatch(s -> preset(s).isPresent());
        record.addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc(
                                presets
                                        ? "A builder with nothing set but the required members only one value fits (a"
                                                + " {@code const}):\nevery other member absent until set.\n"
                                        : "A builder with nothing set: every member absent until set.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toBuilder")
                        .addJavadoc("A builder holding this record's members, to change some.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addStatement("return new $T(this)", builder)
                        .build());
        record.addMethods(Withers.of(
                self,
                slots.stream()
                        .map(s -> new Withers.Component(
                                s.name(),
                                s.type(),
                                s.presence(),
                                s.property().map(p -> types.of(p.type().nonNull())),
                                s.label()))
                        .toList()));
        record.addType(builderClass(self, builder, slots));
    }

    private TypeSpec builderClass(ClassName self, ClassName builder, List<Slot> slots) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                        "Builds a {@code $L} member by member; {@link #build()} checks the required ones.\n",
                        self.simpleName())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        MethodSpec.Builder copy =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(self, "from");
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addJavadoc("The record; throws {@link IllegalStateException} naming each required member not set.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(self);
        boolean anyRequired = slots.stream()
                .anyMatch(s -> s.presence() == Presence.REQUIRED || s.presence() == Presence.REQUIRED_NULLABLE);
        if (anyRequired) {
            build.addStatement("$T missing = new $T($S)", StringJoiner.class, StringJoiner.class, ", ");
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (Slot slot : slots) {
            FieldSpec.Builder field = FieldSpec.builder(field(slot), slot.name(), Modifier.PRIVATE);
            preset(slot).ifPresent(field::initializer);
            type.addField(field.build());
            Presence presence = slot.presence();
            copy.addStatement(
                    presence == Presence.REQUIRED_NULLABLE
                            ? CodeBlock.of(
                                    "this.$N = $T.ofNullable(from.$N())", slot.name(), Optional.class, slot.name())
                            : CodeBlock.of("this.$N = from.$N()", slot.name(), slot.name()));
            if (presence == Presence.REQUIRED || presence == Presence.REQUIRED_NULLABLE) {
                build.beginControlFlow("if (this.$N == null)", slot.name())
                        .addStatement(JavaLiterals.of("missing.add($S)", slot.label()))
                        .endControlFlow();
            }
            arguments.add(
                    presence == Presence.REQUIRED_NULLABLE
                            ? CodeBlock.of("this.$N == null ? null : this.$N.orElse(null)", slot.name(), slot.name())
                            : CodeBlock.of("this.$N", slot.name()));
            setters(slot, builder).forEach(type::addMethod);
        }
        if (anyRequired) {
            build.beginControlFlow("if (missing.length() > 0)")
                    .addStatement(JavaLiterals.of(
                            "throw new $T($S + missing)",
                            IllegalStateException.class,
                            String.join(".", self.simpleNames()) + ": required member(s) not set: "))
                    .endControlFlow();
        }
        build.addStatement("return new $T(\n$>$L$<)", self, CodeBlock.join(arguments, ",\n"));
        type.addMethod(copy.build()).addMethod(build.build());
        if (slots.stream().anyMatch(s -> s.property().map(Property::readOnly).orElse(false))) {
            type.addMethod(buildRequest(self, slots));
        }
        return type.build();
    }

    /**
     * The constant a required member must hold when its type is an enum of one value (a
     * {@code const}, e.g. a discriminator): the builder starts with it, so it need not be set.
     */
    private Optional<CodeBlock> preset(Slot slot) {
        if (slot.presence() != Presence.REQUIRED
                || !(slot.property().orElseThrow().type() instanceof TypeRef.Named named)
                || !(model.type(named.declaration()) instanceof EnumDecl enumeration)
                || enumeration.values().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(CodeBlock.of(
                "$T.$N",
                types.declared(enumeration),
                names.constants(enumeration.location()).get(0)));
    }

    /**
     * {@code buildRequest()}: {@code build()} for a request body, refusing any optional
     * {@code readOnly} member set (a value or JSON null), Java and JSON name; required ones must be
     * set to build at all, so they are not checked.
     */
    private static MethodSpec buildRequest(ClassName self, List<Slot> slots) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("buildRequest")
                .addJavadoc("The record as a request body: throws {@link IllegalStateException} naming each optional\n"
                        + "read-only member set (required ones are not checked), else as {@link #build()}.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement("$T set = new $T($S)", StringJoiner.class, StringJoiner.class, ", ");
        for (Slot slot : slots) {
            Presence presence = slot.presence();
            boolean optional = presence == Presence.OPTIONAL || presence == Presence.OPTIONAL_NULLABLE;
            // a slot without a property (the unknown members' map) is never read-only
            if (optional && slot.property().map(Property::readOnly).orElse(false)) {
                method.beginControlFlow("if (this.$N != null)", slot.name())
                        .addStatement(JavaLiterals.of("set.add($S)", slot.label()))
                        .endControlFlow();
            }
        }
        return method.beginControlFlow("if (set.length() > 0)")
                .addStatement(JavaLiterals.of(
                        "throw new $T($S + set)",
                        IllegalStateException.class,
                        String.join(".", self.simpleNames()) + ": read-only member(s) set in a request: "))
                .endControlFlow()
                .addStatement("return build()")
                .build();
    }

    /** What the builder holds: a required nullable member as an {@code Optional} (null = not set). */
    private TypeName field(Slot slot) {
        if (slot.presence() == Presence.REQUIRED_NULLABLE) {
            TypeName value = types.of(slot.property().orElseThrow().type().nonNull());
            return ParameterizedTypeName.get(ClassName.get(Optional.class), value)
                    .annotated(JavaTypes.NULLABLE_SPEC);
        }
        return slot.type().isAnnotated() ? slot.type() : slot.type().annotated(JavaTypes.NULLABLE_SPEC);
    }

    private List<MethodSpec> setters(Slot slot, ClassName builder) {
        String name = slot.name();
        String label = slot.label();
        MethodSpec.Builder set =
                MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder);
        switch (slot.presence()) {
            case REQUIRED ->
                set.addJavadoc("Sets the required {@code $L}.\n", Javadocs.escape(label))
                        .addParameter(slot.type(), name)
                        .addStatement(JavaLiterals.of(
                                "this.$N = $T.requireNonNull($N, $S)",
                                name,
                                Objects.class,
                                name,
                                label + " is not nullable"));
            case REQUIRED_NULLABLE ->
                set.addJavadoc("Sets the required {@code $L}; null writes JSON null.\n", Javadocs.escape(label))
                        .addParameter(slot.type(), name)
                        .addStatement("this.$N = $T.ofNullable($N)", name, Optional.class, name);
            case OPTIONAL ->
                set.addJavadoc("Sets {@code $L}; null leaves it absent.\n", Javadocs.escape(label))
                        .addParameter(slot.type(), name)
                        .addStatement("this.$N = $N", name, name);
            case OPTIONAL_NULLABLE -> {
                TypeName value = types.of(slot.property().orElseThrow().type().nonNull());
                set.addJavadoc(
                                "Sets {@code $L} to a value; {@link #$LNull()} writes JSON null,"
                                        + " {@link #$LAbsent()} leaves it out.\n",
                                Javadocs.escape(label),
                                name,
                                name)
                        .addParameter(value, name)
                        .addStatement(JavaLiterals.of(
                                "this.$N = $T.of($T.requireNonNull($N, $S))",
                                name,
                                Optional.class,
                                Objects.class,
                                name,
                                label + ": use " + name + "Null() for JSON null, " + name + "Absent() to leave it out"))
                        .addStatement("return this");
                return List.of(
                        set.build(),
                        state(slot, builder, "Null", "JSON null", CodeBlock.of("$T.empty()", Optional.class)),
                        state(slot, builder, "Absent", "absent (left out of the JSON)", CodeBlock.of("null")));
            }
        }
        return List.of(set.addStatement("return this").build());
    }

    /** {@code xNull()} / {@code xAbsent()}: one of the two states a value cannot stand for. */
    private static MethodSpec state(Slot slot, ClassName builder, String suffix, String meaning, CodeBlock value) {
        return MethodSpec.methodBuilder(slot.name() + suffix)
                .addJavadoc("Sets {@code $L} $L.\n", Javadocs.escape(slot.label()), meaning)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("this.$N = $L", slot.name(), value)
                .addStatement("return this")
                .build();
    }

    /** {@code union} with a static factory per variant, named like the variant: {@code numberValue(BigDecimal)}. */
    TypeSpec addFactories(TypeSpec union, UnionDecl decl, ClassName self) {
        TypeSpec.Builder out = union.toBuilder();
        List<String> variants = names.variants(decl.location());
        for (int i = 0; i < variants.size(); i++) {
            String variant = variants.get(i);
            out.addMethod(MethodSpec.methodBuilder(Character.toLowerCase(variant.charAt(0)) + variant.substring(1))
                    .addJavadoc("The {@link $L} variant holding {@code value}.\n", variant)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(self)
                    .addParameter(types.of(decl.variants().get(i)), "value")
                    .addStatement("return new $T(value)", self.nestedClass(variant))
                    .build());
        }
        return out.build();
    }

    static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
