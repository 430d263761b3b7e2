package dev.synesthetic.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.cli.CliResolution;
import dev.synesthetic.codegen.config.CodegenOptions;
import dev.synesthetic.codegen.config.ResolvedOptions;
import dev.synesthetic.codegen.emit.JacksonBaseline;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's flags and the plugin's parameters are two spellings of the same inputs: over the same
 * settings file they must resolve to the same options and the same generator configuration.
 */
class FrontEndsAgreeTest {
    @TempDir
    Path project;

    private Path settings;
    private Path schemas;

    @BeforeEach
    void settingsFile() throws IOException {
        schemas = Files.createDirectories(project.resolve("schemas"));
        Files.createDirectories(project.resolve("target"));
        settings = Files.writeString(project.resolve("synesthetic-codegen.json"), """
        {"schemas": "schemas", "output": "src/main/java", "package": "com.example.model", "strict": true,
         "validators": true, "formatAssertions": true, "jackson": "2.18", "defaultDraft": "07",
         "idPrefixes": {"https://example.com/a/": "a"}, "ignoreLines": ["^// one"]}
        """);
    }

    private GenerateMojo plugin() {
        GenerateMojo mojo = new GenerateMojo(null);
        mojo.project = new MavenProject();
        mojo.project.setFile(project.resolve("pom.xml").toFile());
        mojo.project.getBuild().setDirectory(project.resolve("target").toString());
        mojo.configFile = settings.toFile();
        return mojo;
    }

    private ResolvedOptions cli(String... flags) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("ensure-clean", "--config", settings.toString()));
        args.addAll(List.of(flags));
        return CliResolution.of(args.toArray(String[]::new));
    }

    private static ResolvedOptions resolved(GenerateMojo mojo, List<String> ignoreLines) throws Exception {
        return mojo.options(ignoreLines).resolved();
    }

    @Test
    void theSettingsFileAloneResolvesAlike() throws Exception {
        ResolvedOptions fromCli = cli();
        ResolvedOptions fromPlugin = resolved(plugin(), List.of());

        assertThat(fromPlugin).isEqualTo(fromCli);
        assertThat(fromPlugin.generatorConfig()).isEqualTo(fromCli.generatorConfig());
        GeneratorConfig config = fromCli.generatorConfig();
        assertThat(config.strict()).isTrue();
        assertThat(config.emit()).isEqualTo(GeneratorConfig.Emit.RECORDS_AND_VALIDATORS);
        assertThat(config.schemaFolder()).isEqualTo(schemas);
        assertThat(config.jackson()).isEqualTo(JacksonBaseline.JACKSON_2_18);
    }

    @Test
    void aSettingsFileStrictTrueTurnedOffByEitherFrontEnd() throws Exception {
        GenerateMojo mojo = plugin();
        mojo.strict = false;

        ResolvedOptions fromCli = cli("--no-strict");
        ResolvedOptions fromPlugin = resolved(mojo, List.of());

        assertThat(fromCli.get(CodegenOptions.STRICT)).isFalse();
        assertThat(fromPlugin).isEqualTo(fromCli);
        assertThat(fromPlugin.generatorConfig()).isEqualTo(fromCli.generatorConfig());
        assertThat(fromCli.generatorConfig().strict()).isFalse();
    }

    @Test
    void validatorsAreOnUnlessEitherFrontEndSaysFalse() throws Exception {
        Files.writeString(settings, Files.readString(settings).replace("\"validators\": true,", ""));
        assertThat(resolved(plugin(), List.of()).generatorConfig().emit())
                .isEqualTo(cli().generatorConfig().emit())
                .isEqualTo(GeneratorConfig.Emit.RECORDS_AND_VALIDATORS);

        GenerateMojo mojo = plugin();
        mojo.validators = false;
        ResolvedOptions fromCli = cli("--no-validators");
        assertThat(resolved(mojo, List.of())).isEqualTo(fromCli);
        assertThat(fromCli.generatorConfig().emit()).isEqualTo(GeneratorConfig.Emit.RECORDS);
    }

    @Test
    void beanValidationFromTheSettingsFileReachesBothFrontEnds() throws Exception {
        Files.writeString(
                settings, Files.readString(settings).replace("\"strict\": true,", "\"beanValidation\": true,"));

        ResolvedOptions fromCli = cli();

        assertThat(resolved(plugin(), List.of())).isEqualTo(fromCli);
        assertThat(fromCli.generatorConfig().beanValidation()).isTrue();
        assertThat(cli("--no-bean-validation").generatorConfig().beanValidation())
                .isFalse();
    }

    @Test
    void jacksonThreeFromEitherFrontEndOrTheSettingsFileResolvesAlike() throws Exception {
        GenerateMojo mojo = plugin();
        mojo.jackson = "3";
        ResolvedOptions fromCli = cli("--jackson", "3");

        assertThat(resolved(mojo, List.of())).isEqualTo(fromCli);
        assertThat(fromCli.generatorConfig().jackson()).isEqualTo(JacksonBaseline.JACKSON_3);

        Files.writeString(settings, Files.readString(settings).replace("\"jackson\": \"2.18\"", "\"jackson\": \"3\""));
        assertThat(resolved(plugin(), List.of()).generatorConfig().jackson())
                .isEqualTo(cli().generatorConfig().jackson())
                .isEqualTo(JacksonBaseline.JACKSON_3);
    }

    @Test
    void everyOptionSetBothWaysResolvesAlike() throws Exception {
        GenerateMojo mojo = plugin();
        mojo.schemaDirectory = schemas.toFile();
        mojo.outputDirectory = project.resolve("generated").toFile();
        mojo.packageName = "org.example.other";
        mojo.idPrefixes = List.of("https://example.com/b/=b");
        mojo.jackson = "2.18";
        mojo.defaultDraft = "2019-09";
        mojo.strict = true;
        mojo.validators = false;
        mojo.validatorsOnly = true;
        mojo.readers = true;
        mojo.formatAssertions = false;
        mojo.builders = false;
        mojo.beanValidation = true;

        ResolvedOptions fromCli = cli(
                "--schemas",
                schemas.toString(),
                "--output",
                project.resolve("generated").toString(),
                "--package",
                "org.example.other",
                "--map-id",
                "https://example.com/b/=b",
                "--jackson",
                "2.18",
                "--default-draft",
                "2019-09",
                "--strict",
                "--no-validators",
                "--validators-only",
                "--readers",
                "--no-format-assertions",
                "--no-builders",
                "--bean-validation",
                "--ignore-line",
                "^// two");
        ResolvedOptions fromPlugin = resolved(mojo, List.of("^// two"));

        assertThat(fromPlugin).isEqualTo(fromCli);
        assertThat(fromPlugin.generatorConfig()).isEqualTo(fromCli.generatorConfig());
        assertThat(fromCli.get(CodegenOptions.ID_PREFIXES))
                .isEqualTo(Map.of("https://example.com/a/", Path.of("a"), "https://example.com/b/", Path.of("b")));
        assertThat(fromCli.get(CodegenOptions.IGNORE_LINES)).containsExactly("^// one", "^// two");
        assertThat(fromCli.get(CodegenOptions.DEFAULT_DRAFT)).isEqualTo(Draft.DRAFT_2019_09);
        assertThat(fromCli.generatorConfig().emit()).isEqualTo(GeneratorConfig.Emit.VALIDATORS_ONLY);
        assertThat(fromCli.generatorConfig().beanValidation()).isTrue();
    }

    @Test
    void theFingerprintDigestsEveryOption() throws Exception {
        String base = InputFingerprint.of(plugin().options(List.of()));
        for (var option : CodegenOptions.ALL) {
            assertThat(base).as(option.key()).isNotEqualTo(InputFingerprint.of(changed(option)));
        }
    }

    /** The plugin's options with {@code option} set to something other than the settings file's value. */
    private AbstractCodegenMojo.Options changed(dev.synesthetic.codegen.config.Option<?> option) throws Exception {
        GenerateMojo mojo = plugin();
        switch (option.key()) {
            case "schemas" ->
                mojo.schemaDirectory = Files.createDirectories(project.resolve("other-schemas"))
                        .toFile();
            case "output" -> mojo.outputDirectory = project.resolve("elsewhere").toFile();
            case "package" -> mojo.packageName = "org.example.changed";
            case "idPrefixes" -> mojo.idPrefixes = List.of("https://example.com/c/=c");
            case "ignoreLines" -> {
                return mojo.options(List.of("^// changed"));
            }
            case "jackson" -> mojo.jackson = "2.21";
            case "defaultDraft" -> mojo.defaultDraft = "04";
            case "strict" -> mojo.strict = false;
            case "validators" -> mojo.validators = false;
            case "validatorsOnly" -> mojo.validatorsOnly = true;
            case "readers" -> mojo.readers = true;
            case "formatAssertions" -> mojo.formatAssertions = false;
            case "builders" -> mojo.builders = false;
            case "beanValidation" -> mojo.beanValidation = true;
            default -> throw new AssertionError("no plugin parameter for option " + option.key());
        }
        return mojo.options(List.of());
    }
}
