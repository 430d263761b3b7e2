package dev.synesthetic.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every method the emitters call into the runtime ({@link RuntimeApi}) exists in the compiled
 * generator-runtime with that name, parameter count and kind, reachable from the generated
 * package: a renamed or reshaped runtime method fails here, not in a user's build.
 */
class RuntimeApiTest {
    private static final String RUNTIME = "dev.synesthetic.codegen.runtime.";

    @Test
    void everyRuntimeMethodTheEmittersCallExistsInTheCompiledRuntime() throws Exception {
        List<RuntimeMethod> methods = constants();
        assertThat(methods).hasSizeGreaterThan(60);
        for (RuntimeMethod method : methods) {
            Class<?> owner = Class.forName(RUNTIME + method.owner().replace('.', '$'));
            List<Executable> candidates = new ArrayList<>();
            if (method.kind() == RuntimeMethod.Kind.CONSTRUCTOR) {
                candidates.addAll(Arrays.asList(owner.getDeclaredConstructors()));
            } else {
                for (Method m : owner.getDeclaredMethods()) {
                    if (m.getName().equals(method.name())
                            && Modifier.isStatic(m.getModifiers()) == (method.kind() == RuntimeMethod.Kind.STATIC)) {
                        candidates.add(m);
                    }
                }
            }
            assertThat(candidates)
                    .as("%s in %s", method, owner)
                    .anyMatch(e -> e.getParameterCount() == method.arity() && !Modifier.isPrivate(e.getModifiers()));
        }
    }

    @Test
    void eachGroupIsNamedAfterTheRuntimeClassItCalls() throws Exception {
        for (Class<?> group : RuntimeApi.class.getDeclaredClasses()) {
            for (RuntimeMethod method : constants(group)) {
                String[] owner = method.owner().split("\\.");
                assertThat(owner[owner.length - 1])
                        .as("%s in %s", method, group)
                        .isEqualTo(group.getSimpleName());
            }
        }
    }

    @Test
    void countChecksAreFoundByTheirKeyword() {
        assertThat(RuntimeApi.count("maxItems")).isEqualTo(RuntimeApi.JsonArrayKeywords.MAX_ITEMS);
        assertThat(RuntimeApi.count("minProperties")).isEqualTo(RuntimeApi.JsonObjectKeywords.MIN_PROPERTIES);
        assertThat(RuntimeApi.count("maxLength")).isEqualTo(RuntimeApi.JsonScalarKeywords.MAX_LENGTH);
    }

    private static List<RuntimeMethod> constants() throws IllegalAccessException {
        List<RuntimeMethod> all = new ArrayList<>();
        for (Class<?> group : RuntimeApi.class.getDeclaredClasses()) {
            all.addAll(constants(group));
        }
        return all;
    }

    private static List<RuntimeMethod> constants(Class<?> group) throws IllegalAccessException {
        List<RuntimeMethod> found = new ArrayList<>();
        for (Field field : Stream.of(group.getDeclaredFields())
                .filter(f -> f.getType() == RuntimeMethod.class)
                .toList()) {
            found.add((RuntimeMethod) field.get(null));
        }
        return found;
    }
}
