package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A record's {@code withX(...)} copies, one per component; an optional nullable member gets three
 * like its builder, {@code withX(value)}, {@code withXNull()} and {@code withXAbsent()}, so no null or
 * empty {@code Optional} argument stands for a state.
 */
final class Withers {
    private Withers() {}

    /** One component: its name, its type as the canonical constructor takes it, and how it may be missing. */
    record Component(String name, TypeName type, Presence presence, Optional<TypeName> value, String label) {}

    static List<MethodSpec> of(ClassName self, List<Component> components) {
        List<MethodSpec> out = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            String with = "with" + BuilderEmitter.capitalize(component.name());
            if (component.presence() != Presence.OPTIONAL_NULLABLE) {
                // the parameter shadows the component it replaces
                out.add(wither(with, self, components, i, FlatCode.of("$N", component.name()))
                        .addJavadoc(
                                "A copy with {@code $L} replaced (as the canonical constructor takes it).\n",
                                component.name())
                        .addParameter(component.type(), component.name())
                        .build());
                continue;
            }
            String name = component.name();
            out.add(wither(
                            with,
                            self,
                            components,
                            i,
                            JavaLiterals.of(
                                    "$T.of($T.requireNonNull($N, $S))",
                                    Optional.class,
                                    Objects.class,
                                    name,
                                    component.label() + ": use " + with + "Null() for JSON null, " + with
                                            + "Absent() to leave it out"))
                    .addJavadoc(
                            "A copy with {@code $L} set to a value; {@link #$LNull()} and {@link #$LAbsent()} for the"
                                    + " other states.\n",
                            name,
                            with,
                            with)
                    .addParameter(component.value().orElseThrow(), name)
                    .build());
            out.add(wither(with + "Null", self, components, i, FlatCode.of("$T.empty()", Optional.class))
                    .addJavadoc("A copy with {@code $L} JSON null.\n", name)
                    .build());
            out.add(wither(with + "Absent", self, components, i, CodeBlock.of("null"))
                    .addJavadoc("A copy with {@code $L} absent (left out of the JSON).\n", name)
                    .build());
        }
        return out;
    }

    private static MethodSpec.Builder wither(
            String method, ClassName self, List<Component> components, int replaced, CodeBlock value) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            arguments.add(
                    i == replaced ? value : FlatCode.of("$N", components.get(i).name()));
        }
        return MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement(FlatCode.of("return new $T($L)", self, CodeBlock.join(arguments, ", ")));
    }
}
