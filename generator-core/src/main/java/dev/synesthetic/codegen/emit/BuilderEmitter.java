package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.model.TypeDecl.UnionDecl;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    /** The nested class; a record itself named so would not compile with it: that one's is BuilderBuilder. */
    static final String BUILDER = "Builder";

    private final JavaTypes types;
    private final JavaNames names;
    private final RecordEmitter records;

    BuilderEmitter(JavaTypes types, JavaNames names, RecordEmitter records) {
        this.types = types;
        this.names = names;
        this.records = records;
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
        ClassName builder = self.nestedClass(self.simpleName().equals(BUILDER) ? BUILDER + BUILDER : BUILDER);
        record.addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder with nothing set: every member absent until set.\n")
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
        List<CodeBlock> components =
                slots.stream().map(s -> CodeBlock.of("$N", s.name())).toList();
        CodeBlock arguments = CodeBlock.join(components, ", ");
        for (Slot slot : slots) {
            // the parameter shadows the component it replaces
            record.addMethod(MethodSpec.methodBuilder("with" + capitalize(slot.name()))
                    .addJavadoc(
                            "A copy with {@code $L} replaced (as the canonical constructor takes it).\n", slot.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(self)
                    .addParameter(slot.type(), slot.name())
                    .addStatement("return new $T($L)", self, arguments)
                    .build());
        }
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
            type.addField(FieldSpec.builder(field(slot), slot.name(), Modifier.PRIVATE)
                    .build());
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
        return type.addMethod(copy.build()).addMethod(build.build()).build();
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
