import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a synthetic corpus of COPIES x the real schema files: copy NNN lives in folder copyNNN/
 * with every $id and $ref re-hosted under https://scale.example/NNN/, so copies never collide.
 * Usage: java ScaleCorpus.java SOURCE_DIR TARGET_DIR COPIES
 */
public class ScaleCorpus {
  public static void main(String[] args) throws IOException {
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    int copies = Integer.parseInt(args[2]);
    List<Path> files;
    try (Stream<Path> list = Files.list(source)) {
      files = list.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
    }
    for (int i = 0; i < copies; i++) {
      String copy = String.format("copy%03d", i);
      Path folder = Files.createDirectories(target.resolve(copy));
      for (Path file : files) {
        String text = Files.readString(file).replaceAll("https://[^\"]*/0\\.7\\.3/", "https://scale.example/" + copy + "/");
        Files.writeString(folder.resolve(file.getFileName()), text);
      }
    }
  }
}
