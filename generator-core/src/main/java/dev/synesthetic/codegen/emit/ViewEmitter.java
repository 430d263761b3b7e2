package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.naming.JavaNames;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A base record's interface of accessors (an {@code allOf} built other records on it): the base and
 * every record merged from it implement it, so code written against the base accepts them all.
 */
final class ViewEmitter {
    private final JavaTypes types;
    private final JavaNames names;
    private final String packageName;

    ViewEmitter(JavaTypes types, JavaNames names, String packageName) {
        this.types = types;
        this.names = names;
        this.packageName = packageName;
    }

    /** The interfaces {@code record} implements: its own when it is a base, then its bases'. */
    List<ClassName> implemented(ObjectDecl record) {
        List<ClassName> views = new ArrayList<>();
        if (names.hasView(record.location())) {
            views.add(ClassName.get(packageName, names.view(record.location())));
        }
        record.bases().forEach(base -> views.add(ClassName.get(packageName, names.view(base))));
        return views;
    }

    /**
     * The wire names of the members some view {@code record} implements declares: a grouped record
     * writes those accessors itself, so they carry {@code @Override}.
     */
    static Set<String> viewMembers(ObjectDecl record, SchemaModel model, JavaNames names) {
        Set<String> members = new HashSet<>();
        if (names.hasView(record.location())) {
            record.properties().forEach(property -> members.add(property.wireName()));
        }
        for (SourceLocation base : record.bases()) {
            if (model.type(base) instanceof ObjectDecl object) {
                object.properties().forEach(property -> members.add(property.wireName()));
            }
        }
        return members;
    }

    /** The interface of {@code base}: one accessor per component, with the component's Java type. */
    TypeSpec emit(ObjectDecl base) {
        ClassName self = types.declared(base);
        TypeSpec.Builder view = TypeSpec.interfaceBuilder(names.view(base.location()))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Jackson.generated())
                .addJavadoc(
                        "The accessors of {@link $T}: implemented by it and by every record an {@code allOf} merged\n"
                                + "from it, so code written against {@code $L} accepts each of them.\n",
                        self,
                        self.simpleName());
        for (Property property : base.properties()) {
            view.addMethod(MethodSpec.methodBuilder(names.component(base.location(), property.wireName()))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addJavadoc("The {@code $L} member.\n", Javadocs.escape(property.wireName()))
                    .returns(types.component(property))
                    .build());
        }
        return view.build();
    }
}
