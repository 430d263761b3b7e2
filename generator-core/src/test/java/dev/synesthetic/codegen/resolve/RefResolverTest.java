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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefResolverTest {
    private static final SourceLocation FROM = new SourceLocation("tone.json", JsonPointer.parse("/properties/x/$ref"));

    @TempDir
    Path folder;

    private final Diagnostics diagnostics = new Diagnostics();
    private RefResolver resolver;
    private URI tone;

    @BeforeEach
    void corpus() throws Exception {
        Corpus corpus = ResolveFixture.corpus(
                folder,
                diagnostics,
                "tone.json",
                "{\"$defs\": {\"a b\": {\"type\": \"string\"}, \"list\": {\"prefixItems\": [{}, {\"type\": \"integer\"}]}}}",
                "sub/rule.json",
                "{\"$anchor\": \"top\", \"properties\": {\"x\": {\"type\": \"integer\"}}}",
                "lib/shared.json",
                "{\"type\": \"boolean\"}");
        resolver = new RefResolver(
                SchemaIndex.build(corpus, diagnostics), folder, Map.of("https://example.com/lib/", Path.of("lib")));
        tone = folder.resolve("tone.json").toUri();
    }

    @Test
    void pointersIntoTheSameOrAnotherFile() {
        assertThat(resolve("#/$defs/a%20b")).contains(at("tone.json", "/$defs/a b"));
        assertThat(resolve("#/$defs/list/prefixItems/1")).contains(at("tone.json", "/$defs/list/prefixItems/1"));
        assertThat(resolve("sub/rule.json#/properties/x")).contains(at("sub/rule.json", "/properties/x"));
        assertThat(resolve("sub/rule.json#top")).contains(at("sub/rule.json", ""));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aFragmentThatIsNoStrictUriIsReadAsThePointerItSpellsWithAWarning() {
        assertThat(resolve("#/$defs/a b")).contains(at("tone.json", "/$defs/a b"));
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.LENIENT_REF);
    }

    @Test
    void anIdNoFileDeclaresIsFoundThroughItsPrefixMapping() {
        assertThat(resolve("https://example.com/lib/shared.json")).contains(at("lib/shared.json", ""));
    }

    @Test
    void whatCannotBeFoundIsAnErrorAtTheRef() {
        assertThat(resolve("#/$defs/missing")).isEmpty();
        assertThat(resolve("missing.json")).isEmpty();
        assertThat(resolve("https://example.com/elsewhere.json")).isEmpty();
        assertThat(resolve("../outside.json")).isEmpty();
        assertThat(resolve("a b.json")).isEmpty();
        assertThat(diagnostics.sorted())
                .extracting(Diagnostic::code)
                .containsExactlyInAnyOrder(
                        DiagnosticCode.UNRESOLVABLE_REF,
                        DiagnosticCode.UNRESOLVABLE_REF,
                        DiagnosticCode.UNRESOLVABLE_REF,
                        DiagnosticCode.REF_OUTSIDE_CORPUS,
                        DiagnosticCode.INVALID_SCHEMA);
        assertThat(diagnostics.sorted())
                .allSatisfy(d -> assertThat(d.location()).contains(FROM));
    }

    @Test
    void anAbsoluteIdNoSchemaDeclaresNamesThePrefixToMap() {
        assertThat(resolve("https://example.com/schemas/common/types.json#/$defs/x"))
                .isEmpty();
        assertThat(resolve("urn:example:types")).isEmpty();
        assertThat(diagnostics.sorted())
                .extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.UNRESOLVABLE_REF, DiagnosticCode.UNRESOLVABLE_REF);
        assertThat(diagnostics.sorted())
                .extracting(Diagnostic::hint)
                .anySatisfy(hint -> assertThat(hint)
                        .contains("--map-id https://example.com/schemas/common/=DIR", "types.json", "idPrefixes"))
                .anySatisfy(hint -> assertThat(hint).contains("--map-id urn:example:=DIR"));
    }

    private Optional<SourceLocation> resolve(String ref) {
        return resolver.resolve(ref, tone, tone, FROM, diagnostics).map(SchemaNode::location);
    }

    private static SourceLocation at(String file, String pointer) {
        return new SourceLocation(file, JsonPointer.parse(pointer));
    }
}
