package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.fixtures.regressions.JsonValueUnion;
import dev.synesthetic.fixtures.regressions.Widget;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Binding behaviour of fixture shapes the Synesthetic corpus does not have. */
class FixtureBindingTest {
    private static final String WIDGET = """
      {"json": [1, null, {"a": null, "b": [true, "x"]}],
       "tree": {"left": {}, "right": {"leaf": {}}},
       "amount": null,
       "symbols": "-",
       "2nd-place": {"name": "silver"},
       "_": {"name": "under"}}
      """;

    @Test
    void recursiveUnionKeepsNullsAtEveryLevelAndRecursiveMapsBind() throws IOException {
        Widget widget = Json.MAPPER.readValue(WIDGET, Widget.class);

        JsonValueUnion.ListValue list = (JsonValueUnion.ListValue) widget.json().orElseThrow();
        assertThat(list.value()).hasSize(3);
        assertThat(list.value().get(1)).isNull();
        assertThat(widget.tree().additionalProperties().get("right").additionalProperties())
                .containsKey("leaf");
        assertThat(widget.amount()).isEmpty();
        assertThat(widget._2ndPlace().name()).isEqualTo("silver");

        JsonNode written = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(widget));
        assertThat(Json.sameJson(Json.MAPPER.readTree(WIDGET), written))
                .as(written.toString())
                .isTrue();
    }

    @Test
    void typeListWithARecordAndStricterRecordsBindFirst() throws IOException {
        Widget widget = Json.MAPPER.readValue(
                "{\"objectOrText\": {\"x\": \"a\"}, \"either\": {\"b\": 1}, \"shadow\": {\"reason\": \"r\"}}",
                Widget.class);
        Widget other = Json.MAPPER.readValue("{\"objectOrText\": \"plain\", \"either\": {\"a\": 1}}", Widget.class);

        assertThat(widget.objectOrText())
                .isInstanceOf(dev.synesthetic.fixtures.regressions.ObjectOrTextUnion.ObjectOrTextValue.class);
        assertThat(other.objectOrText())
                .isEqualTo(new dev.synesthetic.fixtures.regressions.ObjectOrTextUnion.StringValue("plain"));
        assertThat(widget.either()).isInstanceOf(dev.synesthetic.fixtures.regressions.WidgetEither.StrictValue.class);
        assertThat(other.either()).isInstanceOf(dev.synesthetic.fixtures.regressions.WidgetEither.LenientValue.class);
        assertThat(widget.shadow().reason()).isEqualTo("r");
    }
}
