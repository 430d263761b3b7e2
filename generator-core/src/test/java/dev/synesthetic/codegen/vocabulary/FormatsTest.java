package dev.synesthetic.codegen.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generator's list of asserted formats and the runtime's checks name the same formats. */
class FormatsTest {
    private static final Path RUNTIME_FORMATS =
            Path.of("../generator-runtime/src/main/java/dev/synesthetic/codegen/runtime/JsonFormats.java");

    @Test
    void everyAssertedFormatHasARuntimeCheckAndNoOther() throws IOException {
        String source = Files.readString(RUNTIME_FORMATS, StandardCharsets.UTF_8);
        String formatSwitch = source.substring(source.indexOf("switch (format)"));
        formatSwitch = formatSwitch.substring(0, formatSwitch.indexOf("default ->"));
        Set<String> checked = new TreeSet<>();
        Matcher label = Pattern.compile("case \"([^\"]+)\" ->").matcher(formatSwitch);
        while (label.find()) {
            checked.add(label.group(1));
        }

        assertThat(checked).isEqualTo(new TreeSet<>(Formats.ASSERTED));
    }
}
