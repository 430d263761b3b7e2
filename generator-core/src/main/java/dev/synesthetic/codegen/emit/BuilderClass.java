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
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * A record's nested {@code Builder} class: a field per component (a required nullable one as an
 * {@code Optional}, null = not set), the copy constructor {@code toBuilder()} uses, {@code build()}
 * naming every required member not set, and {@code buildRequest()} when some member is read-only.
 */
final class BuilderClass {
    private final SchemaModel model;
    private final JavaTypes types;
    private final JavaNames names;
    private final BuilderSetters setters;

    BuilderClass(SchemaModel model, JavaTypes types, JavaNames names) {
        this.model = model;
        this.types = types;
        this.names = names;
        this.setters = new BuilderSetters(types);
    }

    /** The builder {@code builder} of record {@code self} with {@code slots}. */
    TypeSpec emit(ClassName self, ClassName builder, List<BuilderSlot> slots) {
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
            build.addStatement(FlatCode.of("$T missing = new $T($S)", StringJoiner.class, StringJoiner.class, ", "));
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (BuilderSlot slot : slots) {
            FieldSpec.Builder field = FieldSpec.builder(field(slot), slot.name(), Modifier.PRIVATE);
            preset(slot).ifPresent(field::initializer);
            type.addField(field.build());
            Presence presence = slot.presence();
            copy.addStatement(
                    presence == Presence.REQUIRED_NULLABLE
                            ? FlatCode.of(
                                    "this.$N = $T.ofNullable(from.$N())", slot.name(), Optional.class, slot.name())
                            : FlatCode.of("this.$N = from.$N()", slot.name(), slot.name()));
            if (presence == Presence.REQUIRED || presence == Presence.REQUIRED_NULLABLE) {
                build.beginControlFlow("if (this.$N == null)", slot.name())
                        .addStatement(JavaLiterals.of("missing.add($S)", slot.label()))
                        .endControlFlow();
            }
            arguments.add(
                    presence == Presence.REQUIRED_NULLABLE
                            ? FlatCode.of("this.$N == null ? null : this.$N.orElse(null)", slot.name(), slot.name())
                            : FlatCode.of("this.$N", slot.name()));
            setters.of(slot, builder).forEach(type::addMethod);
        }
        if (anyRequired) {
            build.beginControlFlow("if (missing.length() > 0)")
                    .addStatement(JavaLiterals.of(
                            "throw new $T($S + missing)",
                            IllegalStateException.class,
                            String.join(".", self.simpleNames()) + ": required member(s) not set: "))
                    .endControlFlow();
        }
        build.addStatement(FlatCode.of("return new $T(\n$>$L$<)", self, CodeBlock.join(arguments, ",\n")));
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
    Optional<CodeBlock> preset(BuilderSlot slot) {
        if (slot.presence() != Presence.REQUIRED
                || !(slot.property().orElseThrow().type() instanceof TypeRef.Named named)
                || !(model.type(named.declaration()) instanceof EnumDecl enumeration)
                || enumeration.values().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(FlatCode.of(
                "$T.$N",
                types.declared(enumeration),
                names.constants(enumeration.location()).get(0)));
    }

    /**
     * {@code buildRequest()}: {@code build()} for a request body, refusing any optional
     * {@code readOnly} member set (a value or JSON null), Java and JSON name; required ones must be
     * set to build at all, so they are not checked.
     */
    private static MethodSpec buildRequest(ClassName self, List<BuilderSlot> slots) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("buildRequest")
                .addJavadoc("The record as a request body: throws {@link IllegalStateException} naming each optional\n"
                        + "read-only member set (required ones are not checked), else as {@link #build()}.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement(FlatCode.of("$T set = new $T($S)", StringJoiner.class, StringJoiner.class, ", "));
        for (BuilderSlot slot : slots) {
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
    private TypeName field(BuilderSlot slot) {
        if (slot.presence() == Presence.REQUIRED_NULLABLE) {
            TypeName value = types.of(slot.property().orElseThrow().type().nonNull());
            return ParameterizedTypeName.get(ClassName.get(Optional.class), value)
                    .annotated(JavaTypes.NULLABLE_SPEC);
        }
        return slot.type().isAnnotated() ? slot.type() : slot.type().annotated(JavaTypes.NULLABLE_SPEC);
    }
}
