package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.synesthetic.fixtures.bean_validation.Order;
import dev.synesthetic.fixtures.bean_validation.OrderValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records of {@code schemas/bean-validation} (generated with {@code beanValidation} on) checked
 * by Hibernate Validator and by the generated validator: a valid order, then one change at a time,
 * each keeping or breaking one constraint both express. They must agree on every document, and
 * Hibernate Validator must report a broken constraint once, at the member's path (a record
 * component's annotation reaches its field; the accessor is not a getter, so it is not read twice).
 */
class BeanValidationCrossCheckTest {
    private static final String ORDER = """
        {"id": "AB-12", "code": "x12", "quantity": 5, "price": 9.5, "discount": 0.5, "note": "thanks",
         "tags": ["a", "b"], "lines": [{"sku": "S1", "count": 2}], "limits": {"daily": 3},
         "customer": {"name": "Ada", "age": 36, "email": "ada@example.com"}, "status": "open", "multiple": 10}
        """;

    private static ValidatorFactory factory;
    private static Validator hibernate;

    @BeforeAll
    static void hibernateValidator() {
        // no Jakarta EL on the class path: the plain interpolator needs none
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        hibernate = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                change("the fixture as is", true, o -> {}),
                change("maxLength: id of 13", false, o -> o.put("id", "ABCDEFGHIJK-1")),
                change("pattern: id in lower case", false, o -> o.put("id", "ab-12")),
                change("pattern searches: code with two digits inside", true, o -> o.put("code", "ab12cd")),
                change("pattern searches: code without two digits", false, o -> o.put("code", "a1b2")),
                change(
                        "pattern over lines: ECMA-262 $ is the end of input, not before a final newline (both \\z)",
                        false,
                        o -> o.put("id", "AB-1\n")),
                change("minimum: quantity 0", false, o -> o.put("quantity", 0)),
                change("maximum: quantity 100", true, o -> o.put("quantity", 100)),
                change("maximum: quantity 101", false, o -> o.put("quantity", 101)),
                change("exclusiveMinimum: price 0", false, o -> o.put("price", 0)),
                change("exclusiveMinimum: price 0.01", true, o -> o.put("price", new java.math.BigDecimal("0.01"))),
                change("exclusiveMaximum beside maximum: discount 1", false, o -> o.put("discount", 1)),
                change("maxLength inside Optional: note of 21", false, o -> o.put("note", "n".repeat(21))),
                change("explicit null note", true, o -> o.put("note", null)),
                change("minItems: no tags", false, o -> o.put("tags", List.of())),
                change("maxItems: four tags", false, o -> o.put("tags", List.of("a", "b", "c", "d"))),
                change("maxLength of an item: tag of 9", false, o -> o.put("tags", List.of("123456789"))),
                change("minItems: no lines", false, o -> o.put("lines", List.of())),
                change("@Valid list elements: empty sku", false, o -> o.put("lines", List.of(Map.of("sku", "")))),
                change(
                        "@Valid list elements: count 0",
                        false,
                        o -> o.put("lines", List.of(Map.of("sku", "S", "count", 0)))),
                change("maxProperties: three limits", false, o -> o.put("limits", Map.of("a", 1, "b", 2, "c", 3))),
                change("minimum of a map value: -1", false, o -> o.put("limits", Map.of("a", -1))),
                change(
                        "@Valid nested record: empty name",
                        false,
                        o -> customer(o).put("name", "")),
                change(
                        "draft-04 exclusiveMaximum: age 150",
                        false,
                        o -> customer(o).put("age", 150)),
                change(
                        "draft-04 exclusiveMaximum: age 149",
                        true,
                        o -> customer(o).put("age", 149)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void hibernateValidatorAndTheGeneratedValidatorAgree(String change, boolean valid, Object json) {
        assertThat(OrderValidator.validate(json)).as("generated validator").hasSize(valid ? 0 : 1);
        Set<ConstraintViolation<Order>> violations = hibernate.validate(Order.fromJsonValue(json));
        assertThat(violations).as("Hibernate Validator").hasSize(valid ? 0 : 1);
        if (!valid) {
            String path = violations.iterator().next().getPropertyPath().toString();
            String pointer = OrderValidator.validate(json).get(0).instanceLocation();
            assertThat(pointer)
                    .as("our pointer")
                    .startsWith("/" + path.replaceAll("\\[.*", "").replace('.', '/'));
        }
    }

    /** The one documented difference: @Size counts UTF-16 chars, JSON Schema counts code points. */
    @Test
    void sizeCountsCharsWhereTheSchemaCountsCodePoints() {
        Map<String, Object> order = order();
        order.put("note", "😀".repeat(11)); // 11 code points, 22 chars; maxLength 20

        assertThat(OrderValidator.validate(order)).isEmpty();
        assertThat(hibernate.validate(Order.fromJsonValue(order))).hasSize(1);
    }

    private static Arguments change(String name, boolean valid, Consumer<Map<String, Object>> edit) {
        Map<String, Object> order = order();
        edit.accept(order);
        return Arguments.of(name, valid, order);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> customer(Map<String, Object> order) {
        Map<String, Object> customer = new LinkedHashMap<>((Map<String, Object>) order.get("customer"));
        order.put("customer", customer);
        return customer;
    }

    private static Map<String, Object> order() {
        try {
            return new LinkedHashMap<>(Json.MAPPER.readValue(ORDER, new TypeReference<Map<String, Object>>() {}));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
