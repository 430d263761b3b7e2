package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.model.TypeDecl.UnionDecl;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private final JavaTypes types;
    private final JavaNames names;
    private final UnknownMembers unknown;
    private final BuilderClass builderClass;
    private final UnionFactories factories;
    /** Every top-level type the package declares: records, enums, unions, values and views. */
    private final Set<String> packageTypes = new HashSet<>();

    BuilderEmitter(SchemaModel model, JavaTypes types, JavaNames names) {
        this.types = types;
        this.names = names;
        this.unknown = new UnknownMembers(types);
        this.builderClass = new BuilderClass(model, types, names);
        this.factories = new UnionFactories(types, names);
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

    /**
     * Adds to {@code record} (emitted for {@code object} as {@code self}) its builder and withers;
     * {@code group}: one of a {@link GroupedRecordEmitter} record's groups, which holds no unknown members.
     */
    void addTo(TypeSpec.Builder record, ObjectDecl object, ClassName self, boolean group) {
        List<BuilderSlot> slots = new ArrayList<>();
        for (Property property : object.properties()) {
            slots.add(new BuilderSlot(
                    names.component(object.location(), property.wireName()),
                    types.component(property),
                    Optional.of(property)));
        }
        if (!group && UnknownMembers.keeps(object)) {
            slots.add(new BuilderSlot(names.additional(object.location()), unknown.type(object), Optional.empty()));
        }
        ClassName builder = self.nestedClass(nestedName(self.simpleName()));
        boolean presets = slots.stream().anyMatch(s -> builderClass.preset(s).isPresent());
        record.addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc(
                                presets
                                        ? "A builder with nothing set but the required members only one value fits (a"
                                                + " {@code const}):\nevery other member absent until set.\n"
                                        : "A builder with nothing set: every member absent until set.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement(FlatCode.of("return new $T()", builder))
                        .build())
                .addMethod(MethodSpec.methodBuilder("toBuilder")
                        .addJavadoc("A builder holding this record's members, to change some.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addStatement(FlatCode.of("return new $T(this)", builder))
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
        record.addType(builderClass.emit(self, builder, slots));
    }

    /** {@code union} with a static factory per variant ({@link UnionFactories}). */
    TypeSpec addFactories(TypeSpec union, UnionDecl decl, ClassName self) {
        return factories.addTo(union, decl, self);
    }

    static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
