package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonMembers;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonValues;
import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * An object with more properties than a record has components: its properties, in schema order,
 * go into nested records {@code Group1}, {@code Group2}… of at most {@link #GROUP_SIZE} each (held
 * in components {@code group1}…, {@code @JsonUnwrapped}), and the record has an accessor named like
 * each property that reads it from its group. The JSON is one flat object both ways: written
 * through the unwrapped groups, bound (databind through a delegating creator, or
 * {@code fromJsonValue}) by each group reading its own members from the same object.
 */
final class GroupedRecordEmitter {
    /** Properties per group: a group is an ordinary record, far from the component limit. */
    static final int GROUP_SIZE = 200;

    private final RecordEmitter records;
    private final Optional<BuilderEmitter> builders;
    private final JavaTypes types;
    private final JavaNames names;
    private final Conversions conversions;
    private final DocWriter docs;
    private final RecordBinding binding;
    private final UnknownMembers unknown;

    GroupedRecordEmitter(
            RecordEmitter records,
            Optional<BuilderEmitter> builders,
            JavaTypes types,
            JavaNames names,
            Conversions conversions,
            DocWriter docs) {
        this.records = records;
        this.builders = builders;
        this.types = types;
        this.names = names;
        this.conversions = conversions;
        this.docs = docs;
        this.binding = new RecordBinding(conversions);
        this.unknown = new UnknownMembers(types);
    }

    /** Whether {@code object} has more components than a record can hold. */
    static boolean needsGroups(ObjectDecl object) {
        return object.properties().size() + (UnknownMembers.keeps(object) ? 1 : 0) > JavaLimits.MAX_RECORD_COMPONENTS;
    }

    /**
     * {@code views}: the interfaces of accessors it implements ({@link ViewEmitter}), whose members
     * ({@code viewMembers}, by wire name) its accessors override by reading their groups.
     */
    TypeSpec emit(ObjectDecl object, List<ClassName> views, Set<String> viewMembers) {
        ClassName self = types.declared(object);
        TypeSpec.Builder record = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterfaces(views)
                .addAnnotation(Jackson.generated())
                .addJavadoc(
                        "$L",
                        docs.typeDoc(
                                object.doc(),
                                object.location(),
                                CodeBlock.of(
                                                "<p>Its $L properties are held in groups of at most $L (a record has at most $L"
                                                        + " components);\nread each with the accessor named like it. The JSON is one flat object.\n\n",
                                                object.properties().size(),
                                                GROUP_SIZE,
                                                JavaLimits.MAX_RECORD_COMPONENTS)
                                        .toString()));
        Set<String> taken = new HashSet<>();
        object.properties().forEach(p -> taken.add(names.component(object.location(), p.wireName())));
        MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        List<CodeBlock> arguments = new ArrayList<>();
        WriteConversions writes = new WriteConversions(conversions.helper().packageName());
        MethodSpec.Builder writer = MethodSpec.methodBuilder(WriteConversions.METHOD)
                .addJavadoc("This record as plain JSON values, one flat object: each group's members in the schema's\n"
                        + "order, then the members the schema does not list.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(WriteConversions.objectType())
                .addStatement(FlatCode.of("$T json = new $T<>()", WriteConversions.objectType(), LinkedHashMap.class));
        List<Property> properties = object.properties();
        List<String> groups = new ArrayList<>();
        for (int start = 0, n = 1; start < properties.size(); start += GROUP_SIZE, n++) {
            List<Property> members = properties.subList(start, Math.min(properties.size(), start + GROUP_SIZE));
            ClassName groupType = self.nestedClass(unique("Group" + n, taken, self.simpleName()));
            String group = unique("group" + n, taken, "");
            ObjectDecl part = new ObjectDecl(
                    object.location(), object.nameHint(), object.doc(), members, object.additional(), false);
            // the groups get builders and withers; the record is built from its groups
            TypeSpec.Builder groupRecord = records.emit(part, groupType, true, List.of());
            builders.ifPresent(b -> b.addTo(groupRecord, part, groupType, true));
            record.addType(groupRecord.build());
            canonical.addParameter(ParameterSpec.builder(groupType, group)
                    .addAnnotation(Jackson.plain(Jackson.UNWRAPPED))
                    .build());
            record.addJavadoc("@param $L properties $L to $L\n", group, start + 1, start + members.size());
            compact.addStatement(FlatCode.of("$T.requireNonNull($N, $S)", Objects.class, group, group));
            arguments.add(FlatCode.of("$T.fromJsonValue(json)", groupType));
            writer.addStatement(FlatCode.of("json.putAll(this.$N.$N())", group, WriteConversions.METHOD));
            groups.add(group);
            for (Property property : members) {
                String name = names.component(object.location(), property.wireName());
                MethodSpec.Builder accessor = MethodSpec.methodBuilder(name)
                        .addJavadoc("The property {@code $L}.\n", Javadocs.escape(property.wireName()));
                if (viewMembers.contains(property.wireName())) {
                    accessor.addAnnotation(Override.class);
                }
                record.addMethod(accessor.addModifiers(Modifier.PUBLIC)
                        .returns(types.component(property))
                        .addStatement(FlatCode.of("return $N.$N()", group, name))
                        .build());
            }
        }
        MethodSpec.Builder converter = MethodSpec.methodBuilder("fromJsonValue")
                .addJavadoc(
                        "Builds a {@code $L} from a parsed JSON object: each group binds its own members.\n"
                                + "Throws {@link IllegalArgumentException} naming where the value does not have this shape.\n",
                        self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC), "json")
                .addStatement(FlatCode.of(
                        "$T members = $L",
                        JsonMembers.REST.ownerIn(conversions.helper().packageName()),
                        JsonValues.MEMBERS.call(conversions.helper(), "json, $N", RecordBinding.NAMES_IN_ORDER)));
        Optional<CodeBlock> unknownMembers = binding.unknownMembers(object, self, converter);
        unknownMembers.ifPresent(rest -> {
            String name = names.additional(object.location());
            canonical.addParameter(ParameterSpec.builder(unknown.type(object), name)
                    .addAnnotation(Jackson.plain(Jackson.ANY_GETTER))
                    .build());
            compact.addStatement(FlatCode.of(
                    "$N = $N == null || $N.isEmpty() ? $T.of() : $T.unmodifiableMap(new $T<>($N))",
                    name,
                    name,
                    name,
                    Map.class,
                    Collections.class,
                    LinkedHashMap.class,
                    name));
            arguments.add(rest);
            CodeBlock value = object.additional() instanceof AdditionalProperties.Typed typed
                    ? writes.lambda(typed.valueType())
                    : FlatCode.of("w -> $L", RuntimeApi.JsonWriting.FREE.call(writes.helper(), "w"));
            writer.addStatement(FlatCode.of(
                    "json.putAll($L)", RuntimeApi.JsonWriting.MAP.call(writes.helper(), "this.$N, $L", name, value)));
        });
        JsonStreaming streaming = new JsonStreaming(conversions.helper().packageName());
        String additional = names.additional(object.location());
        record.addMethod(streaming.grouped(object, groups, additional, unknownMembers.isPresent()));
        return record.recordConstructor(canonical.build())
                .addMethod(compact.build())
                .addMethod(MethodSpec.methodBuilder("fromJson")
                        .addJavadoc(
                                "Jackson's creator: the object read as plain values, bound by {@code fromJsonValue}.\n")
                        .addAnnotation(AnnotationSpec.builder(Jackson.CREATOR)
                                .addMember("mode", "$T.Mode.DELEGATING", Jackson.CREATOR)
                                .build())
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(self)
                        .addParameter(JavaTypes.freeObject(), "json")
                        .addStatement("return fromJsonValue(json)")
                        .build())
                .addMethod(converter
                        .addStatement(FlatCode.of("return new $T(\n$>$L$<)", self, CodeBlock.join(arguments, ",\n")))
                        .build())
                .addMethod(writer.addStatement("return json").build())
                .addField(RecordBinding.namesInOrder(object))
                .addField(binding.knownNames())
                .build();
    }

    /** {@code name}, or with a digit-free suffix until no accessor, component or {@code owner} has it. */
    private static String unique(String name, Set<String> taken, String owner) {
        String candidate = name;
        while (taken.contains(candidate) || candidate.equals(owner)) {
            candidate = candidate + "Part";
        }
        taken.add(candidate);
        return candidate;
    }
}
