package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.ClassName;
import dev.synesthetic.codegen.emit.JacksonBaseline;
import dev.synesthetic.codegen.emit.RuntimeApi;
import dev.synesthetic.codegen.emit.RuntimeMethod;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import java.util.List;

/**
 * The Jackson a reader is written against: its mapper type, the runtime class it delegates to and
 * that class's methods, and the runtime sources it ships with. The readers' own API is the same on
 * either line (Jackson 3's exceptions are unchecked, Jackson 2's the runtime wraps).
 *
 * @param mapper the {@code ObjectMapper} the reader's constructor takes
 * @param tree the Jackson tree {@code bind} and {@code validate} accept, as the Javadoc names it
 */
record ReaderApi(
        ClassName mapper,
        String tree,
        String reading,
        RuntimeMethod create,
        RuntimeMethod read,
        RuntimeMethod bind,
        RuntimeMethod validate,
        RuntimeMethod write,
        RuntimeMethod writeBytes,
        List<String> templates) {
    static final ReaderApi JACKSON_2 = new ReaderApi(
            ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper"),
            "Jackson 2 {@code JsonNode}",
            RuntimeClasses.JACKSON_READING,
            RuntimeApi.JacksonReading.NEW,
            RuntimeApi.JacksonReading.READ,
            RuntimeApi.JacksonReading.BIND,
            RuntimeApi.JacksonReading.VALIDATE,
            RuntimeApi.JacksonReading.WRITE,
            RuntimeApi.JacksonReading.WRITE_BYTES,
            RuntimeClasses.READERS);

    static final ReaderApi JACKSON_3 = new ReaderApi(
            ClassName.get("tools.jackson.databind", "ObjectMapper"),
            "Jackson 3 {@code JsonNode}",
            RuntimeClasses.JACKSON3_READING,
            RuntimeApi.Jackson3Reading.NEW,
            RuntimeApi.Jackson3Reading.READ,
            RuntimeApi.Jackson3Reading.BIND,
            RuntimeApi.Jackson3Reading.VALIDATE,
            RuntimeApi.Jackson3Reading.WRITE,
            RuntimeApi.Jackson3Reading.WRITE_BYTES,
            RuntimeClasses.READERS_JACKSON3);

    static ReaderApi of(JacksonBaseline jackson) {
        return jackson.readersOnJackson3() ? JACKSON_3 : JACKSON_2;
    }
}
