package dev.synesthetic.codegen.config;

import static dev.synesthetic.codegen.config.CodegenOptions.DEFAULT_DRAFT;
import static dev.synesthetic.codegen.config.CodegenOptions.ID_PREFIXES;
import static dev.synesthetic.codegen.config.CodegenOptions.IGNORE_LINES;
import static dev.synesthetic.codegen.config.CodegenOptions.OUTPUT;
import static dev.synesthetic.codegen.config.CodegenOptions.PACKAGE;
import static dev.synesthetic.codegen.config.CodegenOptions.SCHEMAS;
import static dev.synesthetic.codegen.config.CodegenOptions.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.GeneratorConfig.Emit;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one merge: flag/parameter over settings file over front-end default over the option's fallback. */
class OptionValuesTest {
    private static OptionValues strict(Boolean on) {
        return OptionValues.builder().put(STRICT, on).build();
    }

    /** Flag, settings, default (empty: unset) → the resolved switch; every tri-state combination. */
    @ParameterizedTest(name = "flag={0} settings={1} default={2} -> {3}")
    @CsvSource(
            nullValues = "unset",
            value = {
                "unset, unset, unset, false",
                "unset, unset, true, true",
                "unset, true, unset, true",
                "unset, false, true, false",
                "true, unset, unset, true",
                "false, unset, true, false",
                "false, true, unset, false",
                "true, false, unset, true",
                "false, true, true, false",
                "true, false, false, true"
            })
    void aSwitchTakesTheTopmostLayerThatSetsIt(Boolean flag, Boolean settings, Boolean defaults, boolean expected) {
        ResolvedOptions resolved =
                strict(flag).over(strict(settings)).over(strict(defaults)).resolve();

        assertThat(resolved.get(STRICT)).isEqualTo(expected);
    }

    @Test
    void aValueTakesTheTopmostLayerThatSetsItElseTheFallback() {
        OptionValues flags =
                OptionValues.builder().text(PACKAGE, "com.flag", null).build();
        OptionValues settings = OptionValues.builder()
                .text(PACKAGE, "com.settings", null)
                .text(DEFAULT_DRAFT, "07", null)
                .build();
        OptionValues defaults = OptionValues.builder()
                .put(PACKAGE, "com.default")
                .put(SCHEMAS, Path.of("default"))
                .build();

        ResolvedOptions all = flags.over(settings).over(defaults).resolve();
        ResolvedOptions noFlags = settings.over(defaults).resolve();
        ResolvedOptions onlyDefaults = defaults.resolve();

        assertThat(all.get(PACKAGE)).isEqualTo("com.flag");
        assertThat(noFlags.get(PACKAGE)).isEqualTo("com.settings");
        assertThat(onlyDefaults.get(PACKAGE)).isEqualTo("com.default");
        assertThat(all.get(DEFAULT_DRAFT)).isEqualTo(Draft.DRAFT_07);
        assertThat(onlyDefaults.get(DEFAULT_DRAFT)).isEqualTo(Draft.DRAFT_2020_12);
        assertThat(all.get(SCHEMAS)).isEqualTo(Path.of("default"));
        assertThat(all.find(OUTPUT)).isEmpty();
        assertThatThrownBy(() -> all.get(OUTPUT))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("output");
    }

    @Test
    void collectionsAddUpTheUpperLayerWinningPerKey() {
        OptionValues flags = OptionValues.builder()
                .texts(ID_PREFIXES, List.of("a=flag", "c=flag"), null)
                .texts(IGNORE_LINES, List.of("flag"), null)
                .build();
        OptionValues settings = OptionValues.builder()
                .put(ID_PREFIXES, Map.of("a", Path.of("settings"), "b", Path.of("settings")))
                .texts(IGNORE_LINES, List.of("settings"), null)
                .build();

        ResolvedOptions resolved = flags.over(settings).resolve();

        assertThat(resolved.get(ID_PREFIXES))
                .isEqualTo(Map.of("a", Path.of("flag"), "b", Path.of("settings"), "c", Path.of("flag")));
        assertThat(resolved.get(IGNORE_LINES)).containsExactly("settings", "flag");
        assertThat(OptionValues.NONE.resolve().get(IGNORE_LINES)).isEmpty();
    }

    @Test
    void foldersAreRelativeToTheLayersBaseOrAsGiven() {
        Path base = Path.of("project").toAbsolutePath();

        assertThat(SCHEMAS.parse("schemas/../json", base)).isEqualTo(base.resolve("json"));
        assertThat(SCHEMAS.parse("schemas", null)).isEqualTo(Path.of("schemas"));
    }

    @Test
    void valuesAnOptionRefusesThrowWithoutNamingIt() {
        assertThatThrownBy(() -> OptionValues.builder().text(PACKAGE, "java.lang", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> OptionValues.builder().text(ID_PREFIXES, "no-equals", null))
                .hasMessageContaining("PREFIX=DIR");
        assertThatThrownBy(() -> OptionValues.builder().text(STRICT, "yes", null))
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> OptionValues.builder().text(DEFAULT_DRAFT, "03", null))
                .hasMessageContaining("unknown draft");
    }

    @Test
    void theGeneratorConfigTakesEveryOption() {
        OptionValues values = OptionValues.builder()
                .put(SCHEMAS, Path.of("s"))
                .put(PACKAGE, "p")
                .text(CodegenOptions.READERS, "true", null)
                .text(CodegenOptions.FORMAT_ASSERTIONS, "true", null)
                .text(CodegenOptions.JACKSON, "2.18", null)
                .put(STRICT, true)
                .build();

        GeneratorConfig config = values.resolve().generatorConfig();

        assertThat(config)
                .isEqualTo(GeneratorConfig.builder(Path.of("s"), "p")
                        .emit(Emit.RECORDS_VALIDATORS_AND_READERS)
                        .formatAssertions(true)
                        .jackson(dev.synesthetic.codegen.emit.JacksonBaseline.JACKSON_2_18)
                        .strict(true)
                        .build());
    }

    @Test
    void theResolvedTextNamesEveryOptionSoTheFingerprintCoversIt() {
        String text = OptionValues.NONE.resolve().toString();

        for (Option<?> option : CodegenOptions.ALL) {
            assertThat(text).contains(option.key() + "=");
        }
    }

    @Test
    void validatorsAreOnByDefaultAndFalseOptsOut() {
        OptionValues corpus = OptionValues.builder()
                .put(SCHEMAS, Path.of("s"))
                .put(PACKAGE, "p")
                .build();

        assertThat(corpus.resolve().generatorConfig().emit()).isEqualTo(Emit.RECORDS_AND_VALIDATORS);
        assertThat(GeneratorConfig.builder(Path.of("s"), "p").build().emit()).isEqualTo(Emit.RECORDS_AND_VALIDATORS);
        assertThat(OptionValues.builder()
                        .text(CodegenOptions.VALIDATORS, "false", null)
                        .build()
                        .over(corpus)
                        .resolve()
                        .generatorConfig()
                        .emit())
                .isEqualTo(Emit.RECORDS);
    }

    @Test
    void emitFollowsTheThreeSwitches() {
        assertThat(Emit.of(false, false, false)).isEqualTo(Emit.RECORDS);
        assertThat(Emit.of(true, false, false)).isEqualTo(Emit.RECORDS_AND_VALIDATORS);
        assertThat(Emit.of(false, true, false)).isEqualTo(Emit.RECORDS_VALIDATORS_AND_READERS);
        assertThat(Emit.of(true, true, true)).isEqualTo(Emit.VALIDATORS_ONLY);
    }
}
