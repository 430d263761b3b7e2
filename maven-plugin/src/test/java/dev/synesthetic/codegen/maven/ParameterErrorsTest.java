package dev.synesthetic.codegen.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value an option refuses fails the build before generating, naming the parameter or settings key. */
class ParameterErrorsTest {
    @TempDir
    Path project;

    private GenerateMojo plugin(String settingsJson) throws IOException {
        Files.createDirectories(project.resolve("src/main/jsonschema"));
        GenerateMojo mojo = new GenerateMojo(null);
        mojo.project = new MavenProject();
        mojo.project.setFile(project.resolve("pom.xml").toFile());
        mojo.project.getBuild().setDirectory(project.resolve("target").toString());
        mojo.configFile = Files.writeString(project.resolve("synesthetic-codegen.json"), settingsJson)
                .toFile();
        return mojo;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "java", "java.lang", "com.example.null"})
    void aReservedOrEmptyPackageParameterFailsNamingIt(String pkg) throws IOException {
        GenerateMojo mojo = plugin("{}");
        mojo.packageName = pkg;

        assertThatThrownBy(() -> mojo.options(List.of()))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("synesthetic-codegen: <packageName>: ");
    }

    @Test
    void aReservedPackageInTheSettingsFileFailsNamingTheKey() throws IOException {
        GenerateMojo mojo = plugin("{\"package\": \"java.util\"}");

        assertThatThrownBy(() -> mojo.options(List.of()))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining(
                        "synesthetic-codegen.json: 'package': 'java.util' is reserved by the Java platform");
    }

    @Test
    void otherRefusedParametersNameThemselves() throws IOException {
        GenerateMojo mojo = plugin("{\"package\": \"p\"}");
        mojo.idPrefixes = List.of("no-equals-sign");

        assertThatThrownBy(() -> mojo.options(List.of()))
                .hasMessageContaining("<idPrefixes>: 'no-equals-sign' is not PREFIX=DIR");
        mojo.idPrefixes = null;
        mojo.defaultDraft = "03";
        assertThatThrownBy(() -> mojo.options(List.of())).hasMessageContaining("<defaultDraft>: unknown draft '03'");
    }
}
