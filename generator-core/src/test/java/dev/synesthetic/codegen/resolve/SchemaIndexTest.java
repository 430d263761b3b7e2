package dev.synesthetic.codegen.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.source.JsonPointer;
import dev.synesthetic.codegen.source.SourceLocation;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaIndexTest {
    @TempDir
    Path folder;

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void indexesFilesIdsAndAnchorsWithTheBaseInForceAtEachSchema() throws Exception {
        Corpus corpus = ResolveFixture.corpus(folder, diagnostics, "tone.json", """
        {"$id": "https://example.com/tone", "$defs": {
          "env": {"$id": "env/envelope", "$anchor": "attack", "type": "object"},
          "data": {"const": {"$id": "https://example.com/not-a-schema"}}}}
        """);
        SchemaIndex index = SchemaIndex.build(corpus, diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(index.resource(folder.resolve("tone.json").toUri()))
                .map(SchemaNode::location)
                .contains(SourceLocation.root("tone.json"));
        assertThat(index.resource(URI.create("https://example.com/tone")))
                .map(SchemaNode::location)
                .contains(SourceLocation.root("tone.json"));
        SourceLocation env = new SourceLocation("tone.json", JsonPointer.parse("/$defs/env"));
        assertThat(index.resource(URI.create("https://example.com/env/envelope")))
                .map(SchemaNode::location)
                .contains(env);
        assertThat(index.anchor(URI.create("https://example.com/env/envelope"), "attack"))
                .map(SchemaNode::location)
                .contains(env);
        assertThat(index.baseAt(env, URI.create("urn:fallback")))
                .isEqualTo(URI.create("https://example.com/env/envelope"));
        // A const is data: an "$id" inside it names nothing.
        assertThat(index.resource(URI.create("https://example.com/not-a-schema")))
                .isEmpty();
    }

    @Test
    void twoSchemasClaimingOneIdIsAnErrorAtTheSecond() throws Exception {
        Corpus corpus = ResolveFixture.corpus(
                folder,
                diagnostics,
                "a.json",
                "{\"$id\": \"https://example.com/same\"}",
                "b.json",
                "{\"$id\": \"https://example.com/same\"}");
        SchemaIndex.build(corpus, diagnostics);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.DUPLICATE_ID);
        assertThat(diagnostics.sorted().get(0).location().orElseThrow().file()).isEqualTo("b.json");
    }

    @Test
    void aRecursiveAnchorIsKeptUnderItsOwnName() throws Exception {
        Corpus corpus = ResolveFixture.corpus(
                folder,
                diagnostics,
                "tree.json",
                "{\"$schema\": \"https://json-schema.org/draft/2019-09/schema\", \"$recursiveAnchor\": true, \"type\": \"object\"}");
        SchemaIndex index = SchemaIndex.build(corpus, diagnostics);
        assertThat(index.dynamicAnchors(SchemaIndex.RECURSIVE_ANCHOR))
                .extracting(SchemaNode::location)
                .containsExactly(SourceLocation.root("tree.json"));
    }
}
