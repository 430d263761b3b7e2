import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig.Emit;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the Synesthetic records, validators (format assertion on, as the differential test)
 * and readers into a source folder. Run with the reactor's CLI jar on the class path:
 * {@code java -cp cli/target/synesthetic-codegen.jar GenerateSources.java SCHEMAS OUTPUT}.
 */
public class GenerateSources {
  public static void main(String[] args) throws Exception {
    GeneratorConfig config = GeneratorConfig.builder(Path.of(args[0]), "dev.synesthetic.schema")
        .emit(Emit.RECORDS_VALIDATORS_AND_READERS).formatAssertions(true).build();
    Path out = Path.of(args[1]);
    for (GeneratedFile file : new Generator().generate(config).files()) {
      if (file.relativePath().endsWith(".java")) {
        Path target = out.resolve(file.relativePath());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.content());
      }
    }
  }
}
