package dev.synesthetic.codegen.validation;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of {@code differential/mutations.tsv}: an operation on a Synesthetic example (its root
 * {@code $schema} already set aside) at a JSON Pointer, and the verdict our validators must give,
 * with the instance location and keyword of the violation when invalid. New values are written
 * into the document text exactly as the row spells them, so {@code 1.0} stays {@code 1.0}.
 *
 * @param line the row's line number in the file, for messages
 * @param expectedAt the instance location of the violation ({@code ""} for the document), empty when valid
 * @param expectedKeyword the keyword that fails, empty when valid
 */
record Mutation(
        int line,
        String example,
        Op op,
        String pointer,
        String value,
        Optional<String> expectedAt,
        Optional<String> expectedKeyword) {
    enum Op {
        /** Removes the member or array element at the pointer. */
        REMOVE,
        /** Replaces the existing member or element at the pointer. */
        REPLACE,
        /** Adds a member that is not there yet. */
        ADD,
        /** Writes the member at the pointer a second time, after the object's other members, with the value. */
        DUPLICATE_KEY
    }

    private static final String RESOURCE = "/differential/mutations.tsv";
    private static final String ROOT = "(root)";
    /** Stands for the repeated key while the tree is written; replaced in the text afterwards. */
    private static final String DUPLICATE_MARKER = "__duplicate_key_marker__";

    private static final ObjectMapper TREES = JsonMapper.builder().build();

    static List<Mutation> all() throws IOException {
        List<Mutation> rows = new ArrayList<>();
        String[] lines;
        try (var in = Mutation.class.getResourceAsStream(RESOURCE)) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalStateException(
                        RESOURCE + ":" + (i + 1) + ": want example, op, pointer, value, verdict, keyword: " + line);
            }
            boolean valid = f[4].equals("valid");
            if (valid != f[5].isEmpty()) {
                throw new IllegalStateException(
                        RESOURCE + ":" + (i + 1) + ": a valid row has no keyword, an invalid one names it");
            }
            Optional<String> at = valid ? Optional.empty() : Optional.of(f[4].equals(ROOT) ? "" : f[4]);
            rows.add(new Mutation(
                    i + 1,
                    f[0],
                    Op.valueOf(f[1].toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
                    f[2],
                    f[3],
                    at,
                    valid ? Optional.empty() : Optional.of(f[5])));
        }
        return rows;
    }

    boolean valid() {
        return expectedAt.isEmpty();
    }

    /** The example text with the mutation applied. */
    String apply(JsonNode example) {
        JsonNode document = example.deepCopy();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = document.at(at.head());
        String name = at.last().getMatchingProperty();
        RawValue raw = new RawValue(value);
        switch (op) {
            case REMOVE -> {
                if (parent instanceof ObjectNode object) {
                    require(object.remove(name) != null, "nothing to remove");
                } else {
                    require(((ArrayNode) parent).remove(at.last().getMatchingIndex()) != null, "nothing to remove");
                }
            }
            case REPLACE -> {
                require(!document.at(at).isMissingNode(), "nothing to replace");
                if (parent instanceof ObjectNode object) {
                    object.set(name, new POJONode(raw));
                } else {
                    ((ArrayNode) parent).set(at.last().getMatchingIndex(), new POJONode(raw));
                }
            }
            case ADD -> {
                require(document.at(at).isMissingNode(), "already there");
                ((ObjectNode) parent).set(name, new POJONode(raw));
            }
            case DUPLICATE_KEY -> {
                require(!document.at(at).isMissingNode(), "no key to repeat");
                ((ObjectNode) parent).set(DUPLICATE_MARKER, new POJONode(raw));
            }
        }
        try {
            String text = TREES.writeValueAsString(document);
            if (op == Op.DUPLICATE_KEY) {
                String quoted = TREES.writeValueAsString(name);
                text = text.replace("\"" + DUPLICATE_MARKER + "\":", quoted + ":");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(this + ": " + problem + " at " + pointer);
        }
    }

    @Override
    public String toString() {
        return "mutations.tsv:" + line + " " + example + " " + op.name().toLowerCase(java.util.Locale.ROOT) + " "
                + pointer + (value.isEmpty() ? "" : " " + value);
    }
}
