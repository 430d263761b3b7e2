package dev.synesthetic.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.codegen.GeneratorConfig;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackageNamesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|must not be empty",
                "java|reserved by the Java platform",
                "java.lang|reserved by the Java platform",
                "java.x.y|reserved by the Java platform",
                "com.example.true|'true' is a keyword or literal",
                "com.class|'class' is a keyword",
                "com..example|not a Java package name",
                "com.example.|not a Java package name",
                "1com|not a Java package name"
            })
    void refused(String name, String why) {
        assertThat(PackageNames.problem(name))
                .hasValueSatisfying(problem -> assertThat(problem).contains(why));
        assertThatThrownBy(() -> GeneratorConfig.builder(Path.of("s"), name).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"p", "javax.example", "javafx2", "com.java", "dev.synesthetic.schema", "caf\u00e9.types"})
    void accepted(String name) {
        assertThat(PackageNames.problem(name)).isEmpty();
    }
}
