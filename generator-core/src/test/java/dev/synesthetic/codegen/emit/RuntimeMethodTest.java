package dev.synesthetic.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import org.junit.jupiter.api.Test;

/** Calls into the runtime render as plain Java, and a call that does not fit its method is refused. */
class RuntimeMethodTest {
    private static final ClassName KEYWORDS = ClassName.get("p", "JsonValueKeywords");

    @Test
    void rendersStaticInstanceAndConstructorCalls() {
        assertThat(RuntimeApi.JsonValueKeywords.TYPE.call(KEYWORDS, "v, c, $L, $S", 6, "a.json#/type"))
                .hasToString("p.JsonValueKeywords.type(v, c, 6, \"a.json#/type\")");
        assertThat(RuntimeApi.ValidationContext.STOP.on("c", "")).hasToString("c.stop()");
        assertThat(RuntimeApi.Evaluated.NEW.create(
                        CodeBlock.of("$T", ClassName.get("p", "ValidationContext", "Evaluated")), ""))
                .hasToString("new p.ValidationContext.Evaluated()");
    }

    @Test
    void schemaStringsGoThroughJavaLiterals() {
        assertThat(RuntimeApi.JsonConstants.PARSE.call(ClassName.get("p", "JsonConstants"), "$S", "\"a\u2028\""))
                .hasToString("p.JsonConstants.parse((\"\\\"a\" + \"\\u2028\" + \"\\\"\"))");
    }

    @Test
    void refusesAWrongArgumentCountOwnerOrKind() {
        assertThatThrownBy(() -> RuntimeApi.JsonValueKeywords.TYPE.call(KEYWORDS, "v, c, $L", 6))
                .hasMessageContaining("given 3 arguments");
        assertThatThrownBy(() ->
                        RuntimeApi.JsonValueKeywords.TYPE.call(ClassName.get("p", "JsonData"), "v, c, $L, $S", 6, "x"))
                .hasMessageContaining("called on p.JsonData");
        assertThatThrownBy(() -> RuntimeApi.ValidationContext.STOP.call(ClassName.get("p", "ValidationContext"), ""))
                .hasMessageContaining("is not a static");
    }
}
