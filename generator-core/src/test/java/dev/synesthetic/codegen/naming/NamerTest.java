package dev.synesthetic.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.JsonPointer;
import dev.synesthetic.codegen.source.SourceLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamerTest {
    private static final SourceLocation ROOT = new SourceLocation("t.json", JsonPointer.ROOT);

    @TempDir
    Path folder;

    @Test
    void componentsAvoidKeywordsObjectMethodsAndEachOtherInSchemaOrder() throws Exception {
        JavaNames names = name("{\"type\": \"object\", \"properties\": {\"default\": {}, \"hashCode\": {},"
                + " \"foo-bar\": {}, \"foo_bar\": {}, \"additionalProperties\": {}, \"toJsonValue\": {}},"
                + " \"additionalProperties\": {\"type\": \"string\"}}");
        assertThat(names.components().get(ROOT))
                .containsExactly(
                        java.util.Map.entry("default", "defaultValue"),
                        java.util.Map.entry("hashCode", "hashCodeValue"),
                        java.util.Map.entry("foo-bar", "fooBar"),
                        java.util.Map.entry("foo_bar", "fooBar2"),
                        java.util.Map.entry("additionalProperties", "additionalProperties"),
                        java.util.Map.entry("toJsonValue", "toJsonValueValue"));
        assertThat(names.additional(ROOT)).isEqualTo("additionalProperties2");
    }

    @Test
    void enumValuesWithWordsClaimTheirNamesBeforeSymbols() throws Exception {
        JavaNames names = name("{\"enum\": [\"\", \"EMPTY\", \"a-b\", \"a_b\", \"-\"]}");
        assertThat(names.constants(ROOT)).containsExactly("EMPTY2", "EMPTY", "A_B", "A_B2", "HYPHEN_MINUS");
    }

    @Test
    void unionVariantsAreNamedByTheirType() throws Exception {
        JavaNames names = name("{\"type\": [\"string\", \"integer\", \"array\"], \"items\": {\"type\": \"string\"}}");
        assertThat(names.variants(ROOT)).containsExactly("StringValue", "IntegerValue", "ListValue");
        assertThat(names.type(ROOT)).isEqualTo("T");
    }

    private JavaNames name(String schema) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        JavaNames names = new Namer().name(Corpora.model(folder, "t.json", schema), diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        return names;
    }
}
