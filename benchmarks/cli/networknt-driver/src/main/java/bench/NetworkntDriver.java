package bench;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What our {@code validate} does, done with networknt 3.0.9, as one process: every schema file of
 * the folder registered by its {@code $id} (its file URI when it has none), each instance's schema
 * named by the file name in its root {@code "$schema"} (set aside, as metadata), format assertion on.
 * Usage: {@code java -jar networknt-driver.jar SCHEMA_FOLDER INSTANCE...} (folders: their *.json,
 * folders named _* skipped). Exit 0 all valid, 1 some invalid.
 */
public final class NetworkntDriver {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]).toAbsolutePath();
    Map<String, String> byId = new HashMap<>();
    Map<String, String> idOfFile = new HashMap<>();
    for (Path file : jsonFiles(folder)) {
      String text = Files.readString(file);
      JsonNode id = MAPPER.readTree(text).get("$id");
      String iri = id != null ? id.asString() : file.toUri().toString();
      byId.put(iri, text);
      idOfFile.put(file.getFileName().toString(), iri);
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(
            SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build())
        .schemas(byId::get));
    Map<String, Schema> schemas = new HashMap<>();
    int invalid = 0;
    int valid = 0;
    for (int i = 1; i < args.length; i++) {
      for (Path instance : jsonFiles(Path.of(args[i]))) {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(instance.toFile());
        String name = tree.remove("$schema").asString().replaceFirst(".*/", "");
        Schema schema = schemas.computeIfAbsent(name, n -> registry.getSchema(SchemaLocation.of(idOfFile.get(n))));
        List<Error> errors = schema.validate(tree);
        if (errors.isEmpty()) {
          valid++;
        } else {
          invalid++;
          System.out.println("invalid: " + instance + " " + errors.get(0));
        }
      }
    }
    System.out.println("networknt: " + valid + " valid, " + invalid + " invalid");
    System.exit(invalid == 0 ? 0 : 1);
  }

  private static List<Path> jsonFiles(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(path)) {
      for (Path p : list.sorted().toList()) {
        if (p.toString().endsWith(".json") && Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    }
    return files;
  }
}
