package dev.synesthetic.codegen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointerTest {
    @Test
    void unescapesTildeSequencesInTheRightOrder() {
        assertThat(JsonPointer.parse("/$defs/a~1b/~01").tokens()).containsExactly("$defs", "a/b", "~1");
    }

    @Test
    void printsTheEscapedFormBack() {
        JsonPointer pointer = new JsonPointer(List.of("properties", "a/b", "~x", ""));
        assertThat(pointer).hasToString("/properties/a~1b/~0x/");
        assertThat(JsonPointer.parse(pointer.toString())).isEqualTo(pointer);
    }

    @Test
    void rootIsTheEmptyString() {
        assertThat(JsonPointer.parse("")).isEqualTo(JsonPointer.ROOT);
        assertThat(JsonPointer.ROOT).hasToString("");
    }

    @Test
    void rejectsMalformedPointers() {
        assertThatThrownBy(() -> JsonPointer.parse("defs")).hasMessageContaining("starts with '/'");
        assertThatThrownBy(() -> JsonPointer.parse("/a~2")).hasMessageContaining("'~' must be followed by 0 or 1");
    }

    @Test
    void ordersTokenByToken() {
        assertThat(JsonPointer.parse("/a/b"))
                .isLessThan(JsonPointer.parse("/a/c"))
                .isGreaterThan(JsonPointer.parse("/a"));
    }
}
