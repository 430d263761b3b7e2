package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.lang.model.element.Modifier;

/** A record's own Jackson creator ({@code fromJson}), for the records the canonical constructor cannot bind. */
final class RecordCreator {
    private final JavaTypes types;
    private final JavaNames names;
    private final JacksonBaseline jackson;
    private final UnknownMembers unknown;

    RecordCreator(JavaTypes types, JavaNames names, JacksonBaseline jackson) {
        this.types = types;
        this.names = names;
        this.jackson = jackson;
        this.unknown = new UnknownMembers(types);
    }

    /**
     * Jackson's creator when some property is optional and nullable: an {@link AtomicReference}
     * parameter is null when the key is absent (see {@link Jackson#absentAsNull()}) and holds null
     * for an explicit JSON null, which is how the record tells the two apart. Also when the record
     * keeps unknown members: its {@code @JsonAnySetter} parameter collects every member no property
     * names, whatever its key, where the same annotation on a component of the canonical constructor
     * would bind a member named like the component ({@code additionalProperties}) as the map itself.
     */
    MethodSpec emit(ObjectDecl object, ClassName self, boolean keepsUnknown) {
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
                arguments.add(FlatCode.of("$N == null ? null : $T.ofNullable($N.get())", name, Optional.class, name));
            } else {
                arguments.add(FlatCode.of("$N", name));
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
            method.addParameter(ParameterSpec.builder(unknown.type(object).annotated(JavaTypes.NULLABLE_SPEC), name)
                    .addAnnotation(Jackson.plain(Jackson.ANY_SETTER))
                    .build());
            arguments.add(FlatCode.of("$N", name));
        }
        return method.addStatement(FlatCode.of("return new $T(\n$>$L$<)", self, CodeBlock.join(arguments, ",\n")))
                .build();
    }
}
