package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A builder's setters, one per component named like it; an optional nullable member gets three, so
 * a value, explicit JSON null ({@code xNull()}) and absent ({@code xAbsent()}) never share a
 * method or hang on a null argument.
 */
final class BuilderSetters {
    private final JavaTypes types;

    BuilderSetters(JavaTypes types) {
        this.types = types;
    }

    /** The setters of {@code slot}: one, or for an optional nullable member the value, null and absent ones. */
    List<MethodSpec> of(BuilderSlot slot, ClassName builder) {
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
                        .addStatement(FlatCode.of("this.$N = $T.ofNullable($N)", name, Optional.class, name));
            case OPTIONAL ->
                set.addJavadoc("Sets {@code $L}; null leaves it absent.\n", Javadocs.escape(label))
                        .addParameter(slot.type(), name)
                        .addStatement(FlatCode.of("this.$N = $N", name, name));
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
                        state(slot, builder, "Null", "JSON null", FlatCode.of("$T.empty()", Optional.class)),
                        state(slot, builder, "Absent", "absent (left out of the JSON)", CodeBlock.of("null")));
            }
        }
        return List.of(set.addStatement("return this").build());
    }

    /** {@code xNull()} / {@code xAbsent()}: one of the two states a value cannot stand for. */
    private static MethodSpec state(
            BuilderSlot slot, ClassName builder, String suffix, String meaning, CodeBlock value) {
        return MethodSpec.methodBuilder(slot.name() + suffix)
                .addJavadoc("Sets {@code $L} $L.\n", Javadocs.escape(slot.label()), meaning)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement(FlatCode.of("this.$N = $L", slot.name(), value))
                .addStatement("return this")
                .build();
    }
}
