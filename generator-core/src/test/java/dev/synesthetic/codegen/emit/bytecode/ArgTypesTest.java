package dev.synesthetic.codegen.emit.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.ModelledValidators;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonData;
import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.emit.validator.Arg;
import dev.synesthetic.codegen.emit.validator.CheckContext;
import dev.synesthetic.codegen.emit.validator.CheckEmitters;
import dev.synesthetic.codegen.emit.validator.Condition;
import dev.synesthetic.codegen.emit.validator.PartBudget;
import dev.synesthetic.codegen.emit.validator.ValidatorNames;
import dev.synesthetic.codegen.testing.Locations;
import dev.synesthetic.codegen.testing.SampleSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Type;

/**
 * Every call the keyword table makes, for every kind of check, passes each runtime parameter a
 * value of its JVM type as the class files push it: a table change that does not fit the runtime
 * fails here, not with a {@code VerifyError} when {@code validate} loads the class.
 */
class ArgTypesTest {
    private static final JvmNames RUNTIME = JvmNames.in(RuntimeSources.PACKAGE);

    /** What else the fixtures lack ({@code $dynamicRef} is the shared sample's). */
    private static final String REST = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "patternProperties": {"^x-": {"type": "string"}},
             "properties": {"n": {"multipleOf": 0.5}, "tags": {"type": "array", "uniqueItems": true}}}
            """;

    @Test
    void everyCallOfTheKeywordTablePassesWhatTheRuntimeMethodTakes(@TempDir Path temp) throws Exception {
        Path dynamic = Files.createDirectories(temp.resolve("dynamic"));
        Files.writeString(dynamic.resolve("tree.schema.json"), SampleSchemas.DYNAMIC_TREE);
        Files.writeString(dynamic.resolve("rest.schema.json"), REST);
        List<Path> corpora = List.of(
                Locations.fixtures().resolve("validator-keywords"),
                Locations.fixtures().resolve("allof"),
                Locations.fixtures().resolve("oneof"),
                Locations.fixtures().resolve("arrays"),
                Locations.synestheticSchemas(),
                dynamic);
        Set<Class<?>> kinds = new HashSet<>();
        int calls = 0;
        for (Path corpus : corpora) {
            ModelledValidators modelled = new Generator()
                    .modelValidators(GeneratorConfig.builder(corpus, RuntimeSources.PACKAGE)
                            .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                            .formatAssertions(true)
                            .build());
            ValidatorNames names = new ValidatorNames(
                    modelled.model(), modelled.companions(), RuntimeSources.PACKAGE, PartBudget.DEFAULT);
            CheckContext context = new CheckContext(names, modelled.model().dynamicScope());
            for (SchemaUnit unit : modelled.model().units()) {
                for (Check check : unit.checks()) {
                    kinds.add(check.getClass());
                    for (Condition.Call call : calls(CheckEmitters.condition(check, context))) {
                        assertFits(call, check);
                        calls++;
                    }
                }
            }
        }
        assertThat(kinds).as("every kind of check the table has").containsAll(CheckEmitters.kinds());
        assertThat(calls).isGreaterThan(CheckEmitters.kinds().size());
    }

    @Test
    void aTableCallThatDoesNotFitTheRuntimeIsCaught() {
        Condition.Call swapped = new Condition.Call(JsonData.HAS_TYPE, List.of(new Arg.IntValue(1), Arg.Param.VALUE));

        assertThat(misfits(swapped)).hasSize(2);
    }

    private static List<Condition.Call> calls(Condition condition) {
        List<Condition.Call> calls = new ArrayList<>();
        if (condition instanceof Condition.Call call) {
            calls.add(call);
        } else if (condition instanceof Condition.TypeOnlyOr anyOf) {
            calls.add(anyOf.general());
            calls.add(new Condition.Call(JsonData.HAS_TYPE, List.of(Arg.Param.VALUE, new Arg.IntValue(anyOf.mask()))));
        } else {
            Condition.Dispatch dispatch = (Condition.Dispatch) condition;
            dispatch.cases().forEach(c -> calls.add(c.call()));
            calls.add(dispatch.fallback());
        }
        return calls;
    }

    private static void assertFits(Condition.Call call, Check check) {
        assertThat(misfits(call)).as("%s from %s", call.method(), check).isEmpty();
    }

    /** The arguments whose pushed type the parameter does not take. */
    private static List<String> misfits(Condition.Call call) {
        Type[] parameters = Type.getArgumentTypes(RuntimeDescriptors.descriptor(call.method(), RUNTIME.pkg()));
        assertThat(call.args()).as("%s", call.method()).hasSameSizeAs(parameters);
        List<String> misfits = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            Type pushed = ArgTypes.of(call.args().get(i), RUNTIME);
            if (!fits(pushed, parameters[i])) {
                misfits.add(i + ": " + call.args().get(i) + " as " + pushed + " for " + parameters[i]);
            }
        }
        return misfits;
    }

    private static boolean fits(Type pushed, Type parameter) {
        boolean reference = parameter.getSort() == Type.OBJECT || parameter.getSort() == Type.ARRAY;
        if (pushed == null) {
            return reference; // null
        }
        if (!reference || !(pushed.getSort() == Type.OBJECT || pushed.getSort() == Type.ARRAY)) {
            return pushed.equals(parameter);
        }
        try {
            ClassLoader loader = ArgTypesTest.class.getClassLoader();
            return Class.forName(parameter.getClassName(), false, loader)
                    .isAssignableFrom(Class.forName(pushed.getClassName(), false, loader));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
