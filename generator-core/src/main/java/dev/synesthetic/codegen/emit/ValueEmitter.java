package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.model.TypeDecl.ValueDecl;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the record of a root that is not an object (an array, a map, a scalar): one component,
 * {@code value}, which Jackson writes as the bare JSON value ({@code @JsonValue}) and binds through
 * a delegating creator, so the document is {@code [...]}, not {@code {"value": [...]}}.
 * {@code fromJsonValue} builds it from a parsed value like every record's does.
 */
final class ValueEmitter {
    private final JavaTypes types;
    private final Conversions conversions;
    private final DocWriter docs;

    ValueEmitter(JavaTypes types, Conversions conversions, DocWriter docs) {
        this.types = types;
        this.conversions = conversions;
        this.docs = docs;
    }

    TypeSpec emit(ValueDecl decl) {
        ClassName self = types.declared(decl);
        JsonStreaming streaming = new JsonStreaming(conversions.helper().packageName());
        TypeName valueType = types.of(decl.value());
        TypeSpec.Builder record = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Jackson.generated())
                .addJavadoc("$L", docs.typeDoc(decl.doc(), decl.location()))
                .addJavadoc("$L", docs.valueDoc(decl.value()))
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterSpec.builder(valueType, "value")
                                .addAnnotation(Jackson.plain(Jackson.VALUE))
                                .build())
                        .build());
        if (!decl.value().isNullable()) {
            record.addMethod(MethodSpec.compactConstructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement(FlatCode.of("$T.requireNonNull(value, $S)", Objects.class, "value"))
                    .build());
        }
        return record.addMethod(MethodSpec.methodBuilder("fromJson")
                        .addJavadoc("Jackson's creator: the whole JSON value, bound as the component's type.\n")
                        .addAnnotation(AnnotationSpec.builder(Jackson.CREATOR)
                                .addMember("mode", "$T.Mode.DELEGATING", Jackson.CREATOR)
                                .build())
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(self)
                        .addParameter(valueType, "value")
                        .addStatement(FlatCode.of("return new $T(value)", self))
                        .build())
                .addMethod(WriteConversions.method(
                        WriteConversions.valueType(),
                        "This value as plain JSON values (maps, lists, strings, booleans, exact numbers, null), the\n"
                                + "inverse of {@code fromJsonValue}.",
                        new WriteConversions(conversions.helper().packageName())
                                .write(decl.value(), CodeBlock.of("this.value"))))
                .addMethod(streaming.method(streaming.stream(decl.value(), "out", CodeBlock.of("this.value"))))
                .addMethod(MethodSpec.methodBuilder("fromJsonValue")
                        .addJavadoc(
                                "Builds a {@code $L} from a parsed JSON value (maps, lists, strings, numbers, booleans,\n"
                                        + "null), as Jackson binds it to {@code Object} with {@code USE_BIG_DECIMAL_FOR_FLOATS}. Throws\n"
                                        + "{@link IllegalArgumentException} naming where the value does not have this shape.\n",
                                self.simpleName())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC), "json")
                        .addStatement(FlatCode.of(
                                "return new $T($L)", self, conversions.convert(decl.value(), CodeBlock.of("json"))))
                        .build())
                .build();
    }
}
