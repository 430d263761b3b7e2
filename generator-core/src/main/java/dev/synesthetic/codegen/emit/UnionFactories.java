package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.model.TypeDecl.UnionDecl;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.List;
import javax.lang.model.element.Modifier;

/** A union's static factories, one per variant: what builders are for records. */
final class UnionFactories {
    private final JavaTypes types;
    private final JavaNames names;

    UnionFactories(JavaTypes types, JavaNames names) {
        this.types = types;
        this.names = names;
    }

    /** {@code union} with a static factory per variant, named like the variant: {@code numberValue(BigDecimal)}. */
    TypeSpec addTo(TypeSpec union, UnionDecl decl, ClassName self) {
        TypeSpec.Builder out = union.toBuilder();
        List<String> variants = names.variants(decl.location());
        for (int i = 0; i < variants.size(); i++) {
            String variant = variants.get(i);
            out.addMethod(MethodSpec.methodBuilder(Character.toLowerCase(variant.charAt(0)) + variant.substring(1))
                    .addJavadoc("The {@link $L} variant holding {@code value}.\n", variant)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(self)
                    .addParameter(types.of(decl.variants().get(i)), "value")
                    .addStatement(FlatCode.of("return new $T(value)", self.nestedClass(variant)))
                    .build());
        }
        return out.build();
    }
}
