package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.fixtures.draft04.Sensor;
import dev.synesthetic.fixtures.draft04.Unit;
import dev.synesthetic.fixtures.draft07.Customer;
import dev.synesthetic.fixtures.draft07.Order;
import dev.synesthetic.fixtures.draft07.Status;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The draft-07 and draft-04 fixture corpora bind and write back like any other. */
class DraftFixtureBindingTest {
    @Test
    void draft07DefinitionsAndAFragmentIdAnchorBindTyped() throws IOException {
        String json = """
        {"id": "o-1", "status": "shipped", "lines": [{"sku": "a", "quantity": 2}],
         "customer": {"name": "Ada", "vip": true}, "note": null, "shipTo": {"city": "Oslo"}}
        """;
        Order order = Json.MAPPER.readValue(json, Order.class);

        assertThat(order.status()).isEqualTo(Status.SHIPPED);
        assertThat(order.customer()).isInstanceOf(Customer.class);
        assertThat(order.customer().name()).isEqualTo("Ada");
        assertThat(order.lines().get(0).quantity()).isEqualTo(java.math.BigInteger.TWO);
        assertThat(order.note()).isEmpty();
        assertThat(order.shipTo().city()).isEqualTo("Oslo");
        assertThat(Json.sameJson(
                        Json.MAPPER.readTree(json), Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(order))))
                .isTrue();
    }

    @Test
    void draft04IdIsAPropertyAndTheAnchoredEnumBinds() throws IOException {
        String json =
                "{\"id\": \"s-1\", \"range\": {\"low\": 0.5, \"high\": 100}, \"unit\": \"kelvin\", \"tags\": [\"x\"]}";
        Sensor sensor = Json.MAPPER.readValue(json, Sensor.class);

        assertThat(sensor.id()).isEqualTo("s-1");
        assertThat(sensor.unit()).isEqualTo(Unit.KELVIN);
        assertThat(sensor.range().low()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(Json.sameJson(
                        Json.MAPPER.readTree(json), Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(sensor))))
                .isTrue();
    }
}
