import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a schema of about 1 MB (benchmarks/cli/validate-vs-networknt.sh times validating with it)
 * and one valid instance that reaches every definition:
 * OUT/schemas/big.schema.json (N object definitions under $defs with string, integer, number, enum
 * and array checks, reached through groups of 100: a root property per group, a group property per
 * definition) and OUT/instances/big.json.
 * Usage: java benchmarks/cli/BigSchema.java OUT [N] (N defaults to 1,400: about 1 MB).
 */
public final class BigSchema {
    private static final int GROUP = 100;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_400;
        int groups = (n + GROUP - 1) / GROUP;
        StringBuilder schema = new StringBuilder();
        schema.append("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n")
                .append("  \"$id\": \"https://example.com/bench/big.schema.json\",\n")
                .append("  \"title\": \"Big\",\n  \"type\": \"object\",\n  \"properties\": {\n");
        for (int g = 0; g < groups; g++) {
            schema.append("    \"group").append(g).append("\": {\"$ref\": \"#/$defs/Group").append(g).append("\"}")
                    .append(g + 1 < groups ? ",\n" : "\n");
        }
        schema.append("  },\n  \"additionalProperties\": false,\n  \"$defs\": {\n");
        for (int g = 0; g < groups; g++) {
            schema.append("    \"Group").append(g).append("\": {\"type\": \"object\", \"additionalProperties\": false, \"properties\": {\n");
            for (int i = g * GROUP; i < Math.min(n, (g + 1) * GROUP); i++) {
                schema.append("      \"part").append(i).append("\": {\"$ref\": \"#/$defs/Part").append(i).append("\"}")
                        .append(i + 1 < Math.min(n, (g + 1) * GROUP) ? ",\n" : "\n");
            }
            schema.append("    }},\n");
        }
        for (int i = 0; i < n; i++) {
            schema.append("    \"Part").append(i).append("\": {\n")
                    .append("      \"description\": \"Part ").append(i).append(" of the benchmark schema, one of many alike.\",\n")
                    .append("      \"type\": \"object\",\n")
                    .append("      \"properties\": {\n")
                    .append("        \"name\": {\"type\": \"string\", \"minLength\": 1, \"maxLength\": 64, \"pattern\": \"^[a-z][a-z0-9-]*$\"},\n")
                    .append("        \"count\": {\"type\": \"integer\", \"minimum\": 0, \"maximum\": ").append(1000 + i).append("},\n")
                    .append("        \"ratio\": {\"type\": \"number\", \"minimum\": 0, \"exclusiveMaximum\": 1},\n")
                    .append("        \"kind\": {\"enum\": [\"alpha").append(i).append("\", \"beta").append(i)
                    .append("\", \"gamma").append(i).append("\"]},\n")
                    .append("        \"tags\": {\"type\": \"array\", \"items\": {\"type\": \"string\", \"maxLength\": 16}, \"uniqueItems\": true, \"maxItems\": 8}\n")
                    .append("      },\n")
                    .append("      \"required\": [\"name\", \"count\"],\n")
                    .append("      \"additionalProperties\": false\n")
                    .append("    }").append(i + 1 < n ? ",\n" : "\n");
        }
        schema.append("  }\n}\n");
        StringBuilder instance = new StringBuilder("{\n  \"$schema\": \"big.schema.json\",\n");
        for (int i = 0; i < n; i++) {
            if (i % GROUP == 0) {
                instance.append("  \"group").append(i / GROUP).append("\": {\n");
            }
            instance.append("    \"part").append(i).append("\": {\"name\": \"part-").append(i).append("\", \"count\": ")
                    .append(i).append(", \"ratio\": 0.5, \"kind\": \"beta").append(i)
                    .append("\", \"tags\": [\"a\", \"b\"]}");
            boolean groupEnds = (i + 1) % GROUP == 0 || i + 1 == n;
            instance.append(groupEnds ? "\n  }" : "").append(i + 1 < n ? ",\n" : "\n");
        }
        instance.append("}\n");
        Files.createDirectories(out.resolve("schemas"));
        Files.createDirectories(out.resolve("instances"));
        Files.writeString(out.resolve("schemas/big.schema.json"), schema, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("instances/big.json"), instance, StandardCharsets.UTF_8);
        System.out.printf("%s: %,d bytes, %d definitions%n", out.resolve("schemas/big.schema.json"), schema.length(), n);
    }
}
