package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.schema.ComboType;
import dev.synesthetic.schema.RuleBundle;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON null item in a list whose items the schema does not let be null: databind (Jackson 2 or 3),
 * {@code fromJsonValue} and the builder all refuse it with a message naming its JSON Pointer (from
 * the record being bound), never a bare {@code NullPointerException} from copying the list.
 */
class NullItemBindingTest {
    private static final ObjectMapper JACKSON3 = JsonMapper.builder().build();
    private static final String NULL_STRING = "{\"keys\": [\"a\", null]}";
    private static final String NULL_RECORD = "{\"name\": \"b\", \"rules\": [null]}";

    @Test
    void jackson2NamesTheNullItem() {
        assertThatThrownBy(() -> Json.MAPPER.readValue(NULL_STRING, ComboType.class))
                .hasMessageContaining("/keys/1: null item, but the schema's items are not nullable");
        assertThatThrownBy(() -> Json.MAPPER.readValue(NULL_RECORD, RuleBundle.class))
                .hasMessageContaining("/rules/0: null item, but the schema's items are not nullable");
    }

    @Test
    void jackson3NamesTheNullItem() {
        assertThatThrownBy(() -> JACKSON3.readValue(NULL_STRING, ComboType.class))
                .hasMessageContaining("/keys/1: null item, but the schema's items are not nullable");
        assertThatThrownBy(() -> JACKSON3.readValue(NULL_RECORD, RuleBundle.class))
                .hasMessageContaining("/rules/0: null item, but the schema's items are not nullable");
    }

    @Test
    void fromJsonValueNamesTheNullItem() throws Exception {
        Object combo = Json.MAPPER.readValue(NULL_STRING, Object.class);
        Object bundle = Json.MAPPER.readValue(NULL_RECORD, Object.class);

        assertThatThrownBy(() -> ComboType.fromJsonValue(combo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/keys/1: expected string but got null");
        assertThatThrownBy(() -> RuleBundle.fromJsonValue(bundle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/rules/0: expected object but got null");
    }

    @Test
    void theBuilderNamesTheNullItem() {
        assertThatThrownBy(
                        () -> ComboType.builder().keys(Arrays.asList("a", null)).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("/keys/1: null item, but the schema's items are not nullable");
    }
}
