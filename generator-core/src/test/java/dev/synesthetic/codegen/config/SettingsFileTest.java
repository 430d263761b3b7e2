package dev.synesthetic.codegen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settings file is one layer of the merge: its keys are the options', each checked as the option checks it. */
class SettingsFileTest {
    @TempDir
    Path temp;

    private OptionValues read(String json) throws Exception {
        return SettingsFile.read(Files.writeString(temp.resolve("s.json"), json));
    }

    @Test
    void everyKindReadsAndPathsAreRelativeToTheFile() throws Exception {
        OptionValues values = read("""
        {"schemas": "json", "package": "com.example", "strict": false, "idPrefixes": {"https://x/?a=b": "v"},
         "ignoreLines": ["^//"]}
        """);

        assertThat(values.get(CodegenOptions.SCHEMAS))
                .contains(temp.toAbsolutePath().resolve("json"));
        assertThat(values.get(CodegenOptions.STRICT)).contains(false);
        assertThat(values.get(CodegenOptions.ID_PREFIXES)).contains(Map.of("https://x/?a=b", Path.of("v")));
        assertThat(values.get(CodegenOptions.VALIDATORS)).isEmpty();
        assertThat(values.options()).hasSize(5);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"package\": \"java.util\"}|'package': 'java.util' is reserved",
                "{\"package\": \"\"}|'package': must be a non-empty string",
                "{\"strict\": \"yes\"}|'strict': must be true or false",
                "{\"jackson\": \"2.1\"}|'jackson': Jackson baseline must be",
                "{\"pakage\": \"p\"}|unknown key 'pakage'",
                "{\"ignoreLines\": \"x\"}|'ignoreLines': must be an array"
            })
    void aBadValueNamesTheFileAndTheKey(String json, String message) throws IOException {
        Path file = Files.writeString(temp.resolve("bad.json"), json);

        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(SettingsFile.InvalidSettingsException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(message);
    }
}
