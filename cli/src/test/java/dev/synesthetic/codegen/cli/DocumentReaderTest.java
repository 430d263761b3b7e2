package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link DocumentReader} turns YAML, JSON and TOML text into documents. */
class DocumentReaderTest {
    @TempDir
    Path temp;

    private JsonNode yaml(String text) throws IOException, UnreadableDocument {
        Path file = Files.writeString(temp.resolve("doc.yaml"), text);
        return DocumentReader.read(file).get(0).value();
    }

    @Test
    void onlyAnUntaggedPlainLessLessIsTheMergeKey() throws IOException, UnreadableDocument {
        JsonNode doc =
                yaml("base: &m {x: 1}\nmerged: {<<: *m}\nquoted: {\"<<\": *m}\ntagged:\n  !!str <<: *m\n  y: 2\n");

        assertThat(doc.get("merged").toString()).isEqualTo("{\"x\":1}");
        assertThat(doc.get("quoted").toString()).isEqualTo("{\"<<\":{\"x\":1}}");
        assertThat(doc.get("tagged").toString()).isEqualTo("{\"<<\":{\"x\":1},\"y\":2}");
    }

    @Test
    void aliasesStandForScalarSequenceAndMappingAnchors() throws IOException, UnreadableDocument {
        JsonNode doc = yaml("name: &nm hello\n"
                + "tags: [*nm, x]\n"
                + "list: &ls [1, 2]\n"
                + "again: *ls\n"
                + "map: &mp {k: v}\n"
                + "copy: *mp\n"
                + "flow: [*nm, *ls, *mp]\n");

        assertThat(doc.get("tags").toString()).isEqualTo("[\"hello\",\"x\"]");
        assertThat(doc.get("again").toString()).isEqualTo("[1,2]");
        assertThat(doc.get("copy").toString()).isEqualTo("{\"k\":\"v\"}");
        assertThat(doc.get("flow").toString()).isEqualTo("[\"hello\",[1,2],{\"k\":\"v\"}]");
    }

    @Test
    void aSyntaxErrorHasItsPosition() throws IOException {
        for (String[] doc : new String[][] {{"bad.yaml", "a: 1\nb: [\n"}, {"bad.json", "{\"a\": 1,\n  x}"}}) {
            Path file = Files.writeString(temp.resolve(doc[0]), doc[1]);
            try {
                DocumentReader.read(file);
                throw new AssertionError(doc[0] + " was read");
            } catch (UnreadableDocument e) {
                assertThat(e.position()).as(doc[0] + ": " + e.getMessage()).isNotNull();
                assertThat(e.position().line()).isGreaterThan(1);
            }
        }
    }

    /** What one YAML scalar becomes: {@code int 15}, {@code float 0.5}, {@code string yes}, {@code bool true}, {@code null}. */
    private String typed(String scalar) throws IOException, UnreadableDocument {
        JsonNode value = yaml("k: " + scalar + "\n").get("k");
        if (value.isIntegralNumber()) {
            return "int " + value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return "float " + value.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (value.isTextual()) {
            return "string " + value.textValue();
        }
        return value.isBoolean() ? "bool " + value.booleanValue() : value.isNull() ? "null" : value.toString();
    }

    /** YAML 1.2's core schema (spec 10.3.2), where jackson-dataformat-yaml reads YAML 1.1 forms. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // YAML 1.1 forms that are strings in 1.2
                "1_000 | string 1_000",
                "yes | string yes",
                "no | string no",
                "on | string on",
                "off | string off",
                "y | string y",
                "n | string n",
                "0b101 | string 0b101",
                "+0x1F | string +0x1F",
                "-0o17 | string -0o17",
                "tRuE | string tRuE",
                "nULL | string nULL",
                "1:30 | string 1:30",
                "2024-01-01 | string 2024-01-01",
                // integers: decimal (leading zeros too), 0o octal, 0x hex
                "0o17 | int 15",
                "0x1F | int 31",
                "0xff | int 255",
                "017 | int 17",
                "08 | int 8",
                "+12 | int 12",
                "-0 | int 0",
                "123456789012345678901234567890 | int 123456789012345678901234567890",
                // floats
                "1e3 | float 1000",
                "1. | float 1",
                ".5 | float 0.5",
                "-.5e-3 | float -0.0005",
                "09.5 | float 9.5",
                // null, booleans
                "~ | null",
                "null | null",
                "Null | null",
                "NULL | null",
                "\"\" | string",
                "true | bool true",
                "True | bool true",
                "TRUE | bool true",
                "False | bool false",
                // core tags are honoured
                "!!str 123 | string 123",
                "!!str | string ",
                "!!int \"5\" | int 5",
                "!!int 0o17 | int 15",
                "!!float 5 | float 5",
                "!!bool \"true\" | bool true",
                "!!null '' | null",
                "! 12 | string 12",
                "!<tag:yaml.org,2002:int> '7' | int 7",
            })
    void scalarsAreTypedByYaml12sCoreSchema(String scalar, String expected) throws Exception {
        assertThat(typed(scalar).strip()).isEqualTo(expected.strip());
    }

    @Test
    void anEmptyValueIsNull() throws Exception {
        JsonNode doc = yaml("a:\nb: [1, ]\nc:\n  -\n");
        assertThat(doc.toString()).isEqualTo("{\"a\":null,\"b\":[1],\"c\":[null]}");
    }

    @Test
    void taggedCollectionsOfTheirOwnTagAreRead() throws Exception {
        assertThat(yaml("a: !!seq [1]\nb: !!map {c: 2}\n").toString()).isEqualTo("{\"a\":[1],\"b\":{\"c\":2}}");
    }

    /** The reason {@link DocumentReader} refuses the text with, its position in front. */
    private String refusal(String text) throws IOException {
        Path file = Files.writeString(temp.resolve("doc.yaml"), text);
        try {
            DocumentReader.read(file);
            throw new AssertionError("read: " + text);
        } catch (UnreadableDocument e) {
            return e.describe();
        }
    }

    @Test
    void infinityAndNanHaveNoJsonNumberAndAreRefusedWhereTheyStand() throws IOException {
        assertThat(refusal("a: 1\nscale: .inf\n"))
                .isEqualTo("line 2, column 8: .inf is YAML's infinity; JSON, and so JSON Schema, has no such number");
        assertThat(refusal("a: [1, -.Inf]\n"))
                .isEqualTo("line 1, column 8: -.Inf is YAML's infinity; JSON, and so JSON Schema, has no such number");
        assertThat(refusal("a: .NaN\n"))
                .isEqualTo(
                        "line 1, column 4: .NaN is YAML's not-a-number; JSON, and so JSON Schema, has no such number");
        assertThat(refusal("a: !!float .nan\n")).startsWith("line 1, column 4: .nan is YAML's not-a-number");
    }

    @Test
    void aNumberPastWhatADecimalHoldsIsRefusedWhereItStands() throws IOException {
        assertThat(refusal("a: 1\nbig: 1e9999999999\n"))
                .isEqualTo("line 2, column 6: 1e9999999999 has an exponent past what a decimal number holds");
        assertThat(refusal("a: !!float 1e99999999999\n"))
                .isEqualTo("line 1, column 4: 1e99999999999 has an exponent past what a decimal number holds");
    }

    @Test
    void aKeyThatIsASequenceOrMappingIsRefusedAtTheKey() throws IOException {
        assertThat(refusal("a: 1\n? [a, b]\n: v\n"))
                .isEqualTo("line 2, column 3: a key that is a sequence; JSON object keys are strings");
        assertThat(refusal("a: 1\nb:\n  {x: 1}: v\n"))
                .isEqualTo("line 3, column 3: a key that is a mapping; JSON object keys are strings");
        assertThat(refusal("a: &k x\n*k : v\n"))
                .isEqualTo("line 2, column 1: a key that is an alias (*k); write the key itself");
    }

    @Test
    void aTagOutsideTheCoreSchemaIsRefusedNamingTheTag() throws IOException {
        assertThat(refusal("Resources:\n  Bucket:\n    Name: !Ref BucketName\n"))
                .isEqualTo("line 3, column 11: the tag !Ref is not one of YAML 1.2's core tags"
                        + " (!!str, !!int, !!float, !!bool, !!null, !!seq, !!map): only the application that"
                        + " reads the document knows its value, so the document has no JSON form to check");
        assertThat(refusal("a: !Sub [x, {y: 1}]\n")).startsWith("line 1, column 4: the tag !Sub is not one");
        assertThat(refusal("a: !!binary aGk=\n")).startsWith("line 1, column 4: the tag !!binary is not one");
        assertThat(refusal("a: !!set {x: null}\n")).startsWith("line 1, column 4: the tag !!set is not one");
    }

    @Test
    void aCoreTagOnAValueItDoesNotFitIsRefused() throws IOException {
        assertThat(refusal("a: !!int 1.5\n"))
                .isEqualTo("line 1, column 4: 1.5 is not a !!int (YAML 1.2 core: decimal, 0o octal or 0x hex digits)");
        assertThat(refusal("a: !!float abc\n")).startsWith("line 1, column 4: abc is not a !!float");
        assertThat(refusal("a: !!bool yes\n")).startsWith("line 1, column 4: yes is not a !!bool");
        assertThat(refusal("a: !!null x\n")).startsWith("line 1, column 4: x is not a !!null");
        assertThat(refusal("a: !!str [1]\n")).isEqualTo("line 1, column 4: a sequence cannot have the tag !!str");
        assertThat(refusal("a: !!seq {b: 1}\n")).isEqualTo("line 1, column 4: a mapping cannot have the tag !!seq");
        assertThat(refusal("a: !!map x\n")).isEqualTo("line 1, column 4: a scalar cannot have the tag !!map");
    }

    @Test
    void aTomlDuplicateKeyIsRefusedAtItsOwnLine() throws IOException {
        String[][] cases = {
            {"a = 1\nb = 2\na = 3\n", "line 3", "'a ='"},
            {"a = 1\na = 3 # again\n\n# c\n\nb = 1\n", "line 2", "'a ='"},
            {"a = 1\na = [\n  1,\n  2,\n]\nb = 2\n", "line 2", "'a ='"},
            {"[s]\nx = 1\ny = 2\n  x = 3", "line 4", "'x ='"},
            {"x = {a = 1, a = 2}\n", "line 1", "'x = {a = 1, a = 2}'"},
            {"k = \"" + "v".repeat(100) + "\"\nk = \"secret\"\n", "line 2", "'k ='"},
            {"\"k=1\" = 1\n\"k=1\" = 2\n", "line 2", "'\"k=1\" ='"},
            {"k".repeat(100) + " = 1\n" + "k".repeat(100) + " = 2\n", "line 2", "'" + "k".repeat(60) + "...'"},
        };
        for (String[] c : cases) {
            Path file = Files.writeString(temp.resolve("dup.toml"), c[0]);
            try {
                DocumentReader.read(file);
                throw new AssertionError("read: " + c[0]);
            } catch (UnreadableDocument e) {
                assertThat(e.describe())
                        .as(c[0])
                        .startsWith(c[1] + ", column ")
                        .contains("duplicate key: the statement " + c[2] + " defines a key its table already has");
            }
        }
    }

    @Test
    void tomlInfinityAndNanAreRefusedNamingTheValue() throws IOException {
        Path file = Files.writeString(temp.resolve("inf.toml"), "[a]\nx = 1\ny = -inf\n");
        try {
            DocumentReader.read(file);
            throw new AssertionError("read");
        } catch (UnreadableDocument e) {
            assertThat(e.describe()).isEqualTo("/a/y is -inf; JSON, and so JSON Schema, has no such number");
        }
    }
}
