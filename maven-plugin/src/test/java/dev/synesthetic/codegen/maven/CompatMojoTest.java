package dev.synesthetic.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.codegen.compat.Category;
import dev.synesthetic.codegen.compat.CompatFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compat goal's parameters → the request it gives core's CompatChecker, and what the build does with the report. */
class CompatMojoTest {
    private static final String OLD = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "$id": "https://example.com/schemas/1.0.0/person.schema.json",
             "title": "Person", "type": "object",
             "properties": {"name": {"type": "string", "maxLength": 10}, "age": {"type": "integer"}}}
            """;
    /** "name" becomes required: old documents without it break (backward), and the constructor is unchanged. */
    private static final String REQUIRED =
            OLD.replace("1.0.0", "2.0.0").replace("\"title\"", "\"required\": [\"name\"], \"title\"");
    /** maxLength 10 → 20: only new documents read by old code break (forward). */
    private static final String LOOSENED = OLD.replace("1.0.0", "1.1.0").replace("10}", "20}");

    @TempDir
    Path project;

    private Path schemas;
    private Path old;
    private final List<String> logged = new ArrayList<>();
    private final List<String> resolved = new ArrayList<>();

    @BeforeEach
    void corpora() throws IOException {
        schemas = Files.createDirectories(project.resolve("src/main/jsonschema"));
        old = Files.createDirectories(project.resolve("old"));
        Files.writeString(old.resolve("person.schema.json"), OLD);
        Files.writeString(project.resolve("synesthetic-codegen.json"), "{\"package\": \"com.example.people\"}");
    }

    private CompatMojo mojo(String newSchema) throws IOException {
        Files.writeString(schemas.resolve("person.schema.json"), newSchema);
        CompatMojo mojo = new CompatMojo(null);
        mojo.project = new MavenProject();
        mojo.project.setFile(project.resolve("pom.xml").toFile());
        mojo.project.getBuild().setDirectory(project.resolve("target").toString());
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setBaseDirectory(project.toFile());
        request.setMultiModuleProjectDirectory(project.toFile());
        mojo.session = new MavenSession(null, request, new DefaultMavenExecutionResult(), mojo.project);
        mojo.oldSchemas = old.toFile();
        mojo.format = "text";
        mojo.artifacts = coordinates -> {
            resolved.add(coordinates.toString());
            return jar();
        };
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                logged.add(content.toString());
            }
        });
        return mojo;
    }

    /** A released schemas jar: the old corpus below {@code schemas/}, beside the files every jar has. */
    private Path jar() throws IOException {
        Path jar = project.resolve("old.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] entry : List.of(
                    new String[] {"META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"},
                    new String[] {"META-INF/maven/com.example/people/pom.properties", "version=1.0.0\n"},
                    new String[] {"META-INF/sbom.json", "{}"},
                    new String[] {"schemas/person.schema.json", OLD})) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void theRequestIsTheGenerateOptionsOnBothFoldersWithTheCliDefaults() throws Exception {
        Files.writeString(
                project.resolve("synesthetic-codegen.json"),
                "{\"package\": \"com.example.people\", \"strict\": true, \"builders\": false}");
        CompatMojo mojo = mojo(REQUIRED);

        CompatRequest request = mojo.request();

        assertThat(request.oldFolder()).isEqualTo(old);
        assertThat(request.base().schemaFolder()).isEqualTo(schemas);
        // the same merge as generate: the settings file reaches compat's configuration
        assertThat(request.base()).isEqualTo(mojo.options(List.of()).generatorConfig());
        assertThat(request.base().strict()).isTrue();
        assertThat(request.base().builders()).isFalse();
        assertThat(request.failOn()).isEqualTo(EnumSet.of(Category.BACKWARD, Category.JAVA));
        assertThat(request.format()).isEqualTo(CompatFormat.TEXT);
        assertThat(request.assertFormats()).isTrue();
        assertThat(request.reportFile()).isEqualTo(project.resolve("target/synesthetic-codegen/compat-report.txt"));
    }

    @Test
    void failOnAndFormatReachTheRequest() throws Exception {
        CompatMojo mojo = mojo(REQUIRED);
        mojo.failOn = List.of("forward", "java");
        mojo.format = "markdown";
        mojo.assertFormats = false;

        CompatRequest request = mojo.request();

        assertThat(request.failOn()).isEqualTo(EnumSet.of(Category.FORWARD, Category.JAVA));
        assertThat(request.format()).isEqualTo(CompatFormat.MARKDOWN);
        assertThat(request.assertFormats()).isFalse();
        assertThat(request.reportFile()).isEqualTo(project.resolve("target/synesthetic-codegen/compat-report.md"));
    }

    @Test
    void aBreakingBumpFailsTheBuildNamingTheChangeAndTheReport() throws Exception {
        CompatMojo mojo = mojo(REQUIRED);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("breaks backward")
                .hasMessageContaining("person.schema.json")
                .hasMessageContaining("required-added")
                .hasMessageContaining("target/synesthetic-codegen/compat-report.txt");
        String report = Files.readString(project.resolve("target/synesthetic-codegen/compat-report.txt"));
        assertThat(report).contains("required-added").contains("proven: {}");
        assertThat(String.join("\n", logged)).contains("required-added").contains("proven: {}");
    }

    @Test
    void aCompatibleBumpPassesAndFailOnForwardFailsIt() throws Exception {
        CompatMojo mojo = mojo(LOOSENED);
        mojo.execute();
        assertThat(Files.readString(project.resolve("target/synesthetic-codegen/compat-report.txt")))
                .contains("bound-loosened");
        assertThat(String.join("\n", logged)).contains("compatible for backward,java");

        mojo.failOn = List.of("forward");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("breaks forward")
                .hasMessageContaining("bound-loosened");
    }

    @Test
    void theJsonReportIsWrittenAsTheCliWritesIt() throws Exception {
        CompatMojo mojo = mojo(REQUIRED);
        mojo.format = "json";
        mojo.failOn = List.of("none");
        mojo.execute();

        String json = Files.readString(project.resolve("target/synesthetic-codegen/compat-report.json"));
        assertThat(json).startsWith("{").contains("\"kind\": \"required-added\"");
    }

    @Test
    void theOldSideFromAnArtifactIsTheSchemaFolderInsideItsJar() throws Exception {
        CompatMojo mojo = mojo(REQUIRED);
        mojo.oldSchemas = null;
        mojo.oldArtifact = "com.example:people-schemas:1.0.0";
        mojo.oldArtifactPath = "schemas";

        CompatRequest request = mojo.request();

        assertThat(resolved).containsExactly("com.example:people-schemas:1.0.0");
        assertThat(request.oldFolder()).startsWith(project.resolve("target/synesthetic-codegen"));
        try (var files = Files.walk(request.oldFolder())) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(f -> request.oldFolder().relativize(f).toString()))
                    .containsExactly("person.schema.json");
        }
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("required-added");
    }

    @Test
    void byDefaultTheWholeJarIsReadLeavingMetaInfOut() throws Exception {
        CompatMojo mojo = mojo(REQUIRED);
        mojo.oldSchemas = null;
        mojo.oldArtifact = "com.example:people-schemas:1.0.0";

        CompatRequest request = mojo.request();

        try (var files = Files.walk(request.oldFolder())) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(f -> request.oldFolder().relativize(f).toString()))
                    .containsExactly("schemas/person.schema.json");
        }
    }

    @Test
    void aPathWithNoSchemasInTheJarFailsNamingJarAndPath() throws Exception {
        CompatMojo mojo = mojo(REQUIRED);
        mojo.oldSchemas = null;
        mojo.oldArtifact = "com.example:people-schemas:1.0.0";
        mojo.oldArtifactPath = "json-schemas";

        assertThatThrownBy(mojo::request)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("old.jar")
                .hasMessageContaining("no *.json schema files below json-schemas/");
    }

    @Test
    void badParametersFailBeforeAnyWork() throws Exception {
        CompatMojo mojo = mojo(REQUIRED);
        mojo.oldArtifact = "com.example:people-schemas:1.0.0";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("give one of <oldArtifact> or <oldSchemas>");
        mojo.oldArtifact = "com.example:people-schemas";
        mojo.oldSchemas = null;
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining(
                        "<oldArtifact>: 'com.example:people-schemas' is not groupId:artifactId:version[:classifier]");
        mojo.oldArtifact = null;
        mojo.oldSchemas = project.resolve("missing").toFile();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<oldSchemas> " + project.resolve("missing") + " does not exist");
        mojo.oldSchemas = old.toFile();
        mojo.failOn = List.of("sideways");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<failOn>: unknown 'sideways' (backward, forward, java or none)");
        mojo.failOn = null;
        mojo.format = "patch";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<format> must be text, json, github or markdown, not 'patch'");
    }

    @Test
    void anUnreadableOldSchemaFailsWithItsFileAndPointer() throws Exception {
        Files.writeString(old.resolve("person.schema.json"), OLD.replace("\"integer\"", "\"integr\""));
        CompatMojo mojo = mojo(REQUIRED);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("the old schemas at old")
                .hasMessageContaining("person.schema.json#/properties/age/type");
    }

    @Test
    void skipSkipsBeforeReadingAnything() throws Exception {
        CompatMojo mojo = mojo(REQUIRED);
        mojo.oldSchemas = project.resolve("missing").toFile();
        mojo.compatSkip = true;
        mojo.execute();
        assertThat(logged).containsExactly("synesthetic-codegen: compat skipped (synesthetic-codegen.compat.skip)");
    }
}
