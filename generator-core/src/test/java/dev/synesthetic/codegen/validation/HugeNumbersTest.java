package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.testing.HangGuard;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * multipleOf is exact and bounded by the digits written: numbers like 1e400000000 (ten bytes of
 * JSON) must not make a validator build 10^400000000, hang or run out of memory.
 */
class HugeNumbersTest {
    @TempDir
    static Path temp;

    private static Method isMultiple;
    private static Method isValid;

    @BeforeAll
    static void generate() throws Exception {
        Files.writeString(temp.resolve("n.schema.json"), """
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {"tenth": {"multipleOf": 0.1}, "three": {"multipleOf": 3}}}
        """);
        Compilation compilation = InMemoryJava.compile(
                new Generator()
                        .generateValidators(GeneratorConfig.builder(temp, "p").build())
                        .files(),
                "--release",
                "17");
        ClassLoader loader = InMemoryJava.load(compilation);
        isMultiple =
                loader.loadClass("p.JsonNumbers").getDeclaredMethod("isMultiple", BigDecimal.class, BigDecimal.class);
        isMultiple.setAccessible(true);
        isValid = loader.loadClass("p.NValidator").getMethod("isValid", Object.class);
    }

    private static boolean multiple(String number, String divisor) throws Exception {
        return (boolean) isMultiple.invoke(null, new BigDecimal(number), new BigDecimal(divisor));
    }

    @Test
    void agreesWithPlainRemainderOnThousandsOfOrdinaryNumbers() throws Exception {
        Random random = new Random(42);
        String[] divisors = {"0.1", "3", "4", "0.25", "1.5", "7e-3", "20", "0.0001", "125", "6e2"};
        for (int i = 0; i < 5000; i++) {
            BigDecimal number = BigDecimal.valueOf(random.nextInt(200_001) - 100_000, random.nextInt(7) - 2);
            for (String divisor : divisors) {
                boolean expected = number.remainder(new BigDecimal(divisor)).signum() == 0;
                assertThat(multiple(number.toString(), divisor))
                        .as(number + " multipleOf " + divisor)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void hugeExponentsAreDecidedAtOnce() {
        HangGuard.end("multipleOf on huge exponents", () -> {
            assertThat(multiple("1e400000000", "0.1")).isTrue();
            assertThat(multiple("1e400000000", "3")).isFalse();
            assertThat(multiple("1e400000000", "4")).isTrue();
            assertThat(multiple("7e-400000000", "0.1")).isFalse();
            assertThat(multiple("1e-400000000", "1e-400000000")).isTrue();
            assertThat(multiple("5", "1e400000000")).isFalse();
            assertThat(multiple("3e400000000", "3")).isTrue();
            assertThat(multiple("-6e-3", "3e-3")).isTrue();
            assertThat((boolean) isValid.invoke(null, Map.of("tenth", new BigDecimal("1e400000000"))))
                    .isTrue();
            assertThat((boolean) isValid.invoke(null, Map.of("three", new BigDecimal("1e1000000000"))))
                    .isFalse();
        });
    }
}
