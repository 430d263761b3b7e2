package bench;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.Jsonschema2Pojo;
import org.jsonschema2pojo.NoopAnnotator;
import org.jsonschema2pojo.Annotator;

/**
 * Generates a corpus with jsonschema2pojo. It fetches absolute $ref URLs over the network, which
 * this machine has not, so the corpus is first copied with every absolute $ref made relative.
 * Usage: J2pDriver SCHEMA_DIR OUTPUT_DIR
 */
public final class J2pDriver {
  public static void main(String[] args) throws IOException {
    Path source = Path.of(args[0]);
    Path relative = Files.createTempDirectory("j2p-schemas");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files = walk.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
    }
    for (Path file : files) {
      Path target = relative.resolve(source.relativize(file).toString());
      Files.createDirectories(target.getParent());
      // "https://host/.../0.7.3/tone.schema.json#/$defs/X" -> "tone.schema.json#/$defs/X"
      String text = Files.readString(file).replaceAll("\"\\$ref\": \"https?://[^\"]*/([^/\"]+\\.schema\\.json)", "\"\\$ref\": \"$1");
      Files.writeString(target, text);
    }
    Path output = Path.of(args[1]);
    Files.createDirectories(output);
    DefaultGenerationConfig config = new DefaultGenerationConfig() {
      @Override
      public Iterator<URL> getSource() {
        return files.stream().map(f -> {
          try {
            return relative.resolve(source.relativize(f).toString()).toUri().toURL();
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }).iterator();
      }

      @Override
      public java.io.File getTargetDirectory() {
        return output.toFile();
      }

      @Override
      public String getTargetPackage() {
        return "bench.j2p";
      }

      @Override
      public Class<? extends Annotator> getCustomAnnotator() {
        return NoopAnnotator.class;
      }
    };
    Jsonschema2Pojo.generate(config, new org.jsonschema2pojo.NoopRuleLogger());
  }
}
