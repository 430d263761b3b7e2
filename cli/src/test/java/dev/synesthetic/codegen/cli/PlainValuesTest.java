package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.support.PlainValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validators' input without an ObjectMapper is exactly what the mapper gave: values and their classes. */
class PlainValuesTest {
    @TempDir
    Path temp;

    @Test
    void everyKindOfNodeConvertsAsTheMapperConvertsIt() {
        JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
        ObjectNode object = nodes.objectNode();
        object.put("int", 7).put("long", 1L << 40).put("big", new BigInteger("123456789012345678901234567890"));
        object.put("decimal", new BigDecimal("1.50")).put("double", 0.1d).put("float", 2.5f);
        object.put("text", "é").put("yes", true).putNull("nothing");
        ArrayNode array = object.putArray("array");
        array.add(1).add("two").addNull().addArray();
        object.putObject("empty");

        assertSame(PlainValues.of(object), JsonDocuments.MAPPER.convertValue(object, Object.class));
    }

    @Test
    void everyShippedExampleAndEveryTestDocumentConvertsAlike() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CliRun.shared().resolve("synesthetic-schemas/examples"))) {
            walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        Files.writeString(
                temp.resolve("doc.yaml"), "a: &x {n: 1.0, big: 99999999999999999999}\nb: *x\nc: [true, null, ~]\n");
        Files.writeString(temp.resolve("doc.toml"), "when = 1979-05-27T07:32:00Z\nn = 3\nf = 0.5\n");
        files.add(temp.resolve("doc.yaml"));
        files.add(temp.resolve("doc.toml"));
        for (Path file : files) {
            for (InstanceDocument document : DocumentReader.read(file)) {
                assertSame(
                        PlainValues.of(document.value()),
                        JsonDocuments.MAPPER.convertValue(document.value(), Object.class));
            }
        }
        assertThat(files).hasSizeGreaterThan(15);
    }

    private static void assertSame(Object ours, Object mapper) {
        assertThat(ours).isEqualTo(mapper);
        assertClasses(ours, mapper, new IdentityHashMap<>());
    }

    private static void assertClasses(Object ours, Object mapper, Map<Object, Boolean> seen) {
        if (mapper == null) {
            assertThat(ours).isNull();
            return;
        }
        assertThat(ours).as("%s", mapper).isExactlyInstanceOf(mapper.getClass());
        if (mapper instanceof BigDecimal decimal) {
            assertThat(((BigDecimal) ours).scale()).isEqualTo(decimal.scale());
        }
        if (mapper instanceof Map<?, ?> map && seen.put(mapper, true) == null) {
            map.forEach((key, value) -> assertClasses(((Map<?, ?>) ours).get(key), value, seen));
        }
        if (mapper instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertClasses(((List<?>) ours).get(i), list.get(i), seen);
            }
        }
    }
}
