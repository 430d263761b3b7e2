package dev.synesthetic.codegen.emit.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.emit.RuntimeApi;
import dev.synesthetic.codegen.emit.RuntimeMethod;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every runtime method a validator calls has exactly one JVM descriptor in the compiled runtime, its
 * runtime types moved into the validators' package: a runtime overload or a reshaped method fails
 * here, not when a user's {@code validate} loads the class.
 */
class RuntimeDescriptorsTest {
    /** The {@link RuntimeApi} groups validators call (the others serve records and readers). */
    private static final List<Class<?>> VALIDATOR_GROUPS = List.of(
            RuntimeApi.JsonValueKeywords.class,
            RuntimeApi.JsonScalarKeywords.class,
            RuntimeApi.JsonObjectKeywords.class,
            RuntimeApi.JsonArrayKeywords.class,
            RuntimeApi.JsonApplicators.class,
            RuntimeApi.JsonData.class,
            RuntimeApi.JsonConstants.class,
            RuntimeApi.JsonFormats.class,
            RuntimeApi.ValidationContext.class,
            RuntimeApi.Evaluated.class);

    @Test
    void everyMethodValidatorsCallHasOneDescriptorInTheValidatorsPackage() throws Exception {
        List<RuntimeMethod> methods = new ArrayList<>();
        for (Class<?> group : VALIDATOR_GROUPS) {
            for (Field field : group.getDeclaredFields()) {
                if (field.getType() == RuntimeMethod.class) {
                    methods.add((RuntimeMethod) field.get(null));
                }
            }
        }
        assertThat(methods).hasSizeGreaterThan(35);
        for (RuntimeMethod method : methods) {
            String descriptor = RuntimeDescriptors.descriptor(method, "a/b");
            assertThat(descriptor).as("%s", method).doesNotContain("dev/synesthetic/codegen/runtime/");
            assertThat(RuntimeDescriptors.owner(method, "a/b")).startsWith("a/b/");
        }
        assertThat(RuntimeDescriptors.descriptor(RuntimeApi.ValidationContext.RUN, "a/b"))
                .isEqualTo("(Ljava/lang/Object;La/b/ValidationContext$Rule;Ljava/lang/String;Z)Ljava/util/List;");
    }
}
