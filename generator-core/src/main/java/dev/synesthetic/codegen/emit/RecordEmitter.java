package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final UnknownMembers unknown;
    private final RecordCreator creator;
    private final RecordBinding binding;
    private Optional<BeanConstraints> beanConstraints = Optional.empty();
    private final RecordWriter writer;
    private final JsonStreaming streaming;

    RecordEmitter(JavaTypes types, JavaNames names, Conversions conversions, DocWriter docs, JacksonBaseline jackson) {
        this.types = types;
        this.names = names;
        this.conversions = conversions;
        this.docs = docs;
        this.unknown = new UnknownMembers(types);
        this.creator = new RecordCreator(types, names, jackson);
        this.binding = new RecordBinding(conversions);
        this.writer = new RecordWriter(
                names, new WriteConversions(conversions.helper().packageName()));
        this.streaming = new JsonStreaming(conversions.helper().packageName());
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
        // A creator of its own when some property is optional and nullable (see RecordCreator) or the record
        // keeps unknown members: with @JsonAnySetter on a component of the canonical constructor,
        // Jackson also binds a member named like that component (additionalProperties) as the whole map.
        boolean keepsUnknown = !group && UnknownMembers.keeps(object);
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
            ParameterSpec.Builder extra =
                    ParameterSpec.builder(unknown.type(object), name).addAnnotation(Jackson.plain(Jackson.ANY_GETTER));
            if (!factory) {
                extra.addAnnotation(Jackson.plain(Jackson.ANY_SETTER));
            }
            canonical.addParameter(extra.build());
            record.addJavadoc(
                    "@param $L members the schema does not list; in input order when built by\n"
                            + "    {@code fromJsonValue} (and so by the generated readers), while databind's creator binding does not\n"
                            + "    keep their order\n",
                    name);
            compact.addStatement(FlatCode.of(
                    "$N = $N == null || $N.isEmpty() ? $T.of() : $T.unmodifiableMap(new $T<>($N))",
                    name,
                    name,
                    name,
                    Map.class,
                    Collections.class,
                    LinkedHashMap.class,
                    name));
            if (!object.properties().isEmpty()) {
                compact.addCode(UnknownMembers.rejectDeclared(self, name));
            }
        } else if (!group) {
            record.addMethod(UnknownMembers.rejectUnknown(self));
        }
        record.recordConstructor(canonical.build());
        MethodSpec compactCtor = compact.build();
        if (!compactCtor.code().isEmpty()) {
            record.addMethod(compactCtor);
        }
        if (factory) {
            record.addMethod(creator.emit(object, self, keepsUnknown));
        }
        record.addMethod(binding.fromJsonValue(object, self, group));
        String additional = keepsUnknown ? names.additional(object.location()) : "";
        record.addMethod(writer.toJsonValue(object, additional, keepsUnknown));
        record.addMethod(streaming.record(names, object, additional, keepsUnknown, group));
        record.addField(RecordBinding.namesInOrder(object));
        if (!group) {
            record.addField(binding.knownNames());
        }
        return record;
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
}
