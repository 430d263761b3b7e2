package dev.synesthetic.codegen.compat;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.JacksonBaseline;
import dev.synesthetic.codegen.support.JsonEquivalence;
import dev.synesthetic.codegen.testing.Locations;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code JacksonBaseline.JACKSON_2_18} the records compile against jackson-annotations 2.18
 * and bind with jackson-databind 2.18, keeping absent apart from null: proven with the real 2.18
 * jars (copied to target/jackson-2.18 by the build) in a class loader of their own.
 */
class Jackson218CompatibilityTest {
  private static final String PACKAGE = "compat.synesthetic";
  private static final Path JARS = Path.of("target/jackson-2.18");
  private static final ObjectMapper READER = new ObjectMapper();

  @TempDir static Path classes;
  private static URLClassLoader loader;
  private static Object mapper;

  @BeforeAll
  static void compileAgainstJackson218() throws Exception {
    GenerationResult result = new Generator().generate(
        GeneratorConfig.builder(Locations.synestheticSchemas(), PACKAGE).jackson(JacksonBaseline.JACKSON_2_18).build());
    assertThat(result.files()).noneMatch(f -> f.content().contains("JacksonInject"));
    List<JavaFileObject> sources = result.files().stream().filter(f -> f.relativePath().endsWith(".java"))
        .map(f -> JavaFileObjects.forSourceString(f.relativePath().replace(".java", "").replace('/', '.'), f.content()))
        .toList();
    List<File> classpath = jars().stream().map(Path::toFile).toList();

    Compilation compilation = javac().withOptions("--release", "17", "-Xlint:all", "-Werror")
        .withClasspath(classpath).compile(sources);

    assertThat(compilation).succeededWithoutWarnings();
    for (JavaFileObject compiled : compilation.generatedFiles()) {
      Path target = classes.resolve(compiled.getName().replaceFirst("^/?CLASS_OUTPUT/", ""));
      Files.createDirectories(target.getParent());
      try (OutputStream out = Files.newOutputStream(target)) {
        compiled.openInputStream().transferTo(out);
      }
    }
    List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
    for (Path jar : jars()) {
      urls.add(jar.toUri().toURL());
    }
    loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    mapper = jackson218Mapper();
  }

  private static List<Path> jars() throws IOException {
    try (Stream<Path> files = Files.list(JARS)) {
      List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
      assertThat(jars).extracting(p -> p.getFileName().toString()).contains("jackson-databind-2.18.2.jar");
      return jars;
    }
  }

  /** An ObjectMapper of Jackson 2.18 (from its own class loader), set up as the README says. */
  private static Object jackson218Mapper() throws Exception {
    Class<?> mapperClass = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
    Object mapper = mapperClass.getConstructor().newInstance();
    Class<?> module = loader.loadClass("com.fasterxml.jackson.databind.Module");
    for (String name : List.of("com.fasterxml.jackson.datatype.jdk8.Jdk8Module", "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule")) {
      mapperClass.getMethod("registerModule", module).invoke(mapper, loader.loadClass(name).getConstructor().newInstance());
    }
    configure(mapperClass, mapper, "DeserializationFeature", "USE_BIG_DECIMAL_FOR_FLOATS", true);
    configure(mapperClass, mapper, "DeserializationFeature", "ADJUST_DATES_TO_CONTEXT_TIME_ZONE", false);
    configure(mapperClass, mapper, "SerializationFeature", "WRITE_DATES_AS_TIMESTAMPS", false);
    return mapper;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void configure(Class<?> mapperClass, Object mapper, String type, String feature, boolean on) throws Exception {
    Class featureClass = loader.loadClass("com.fasterxml.jackson.databind." + type);
    mapperClass.getMethod("configure", featureClass, boolean.class).invoke(mapper, Enum.valueOf(featureClass, feature), on);
  }

  private static String roundTrip(String json, String record) throws Exception {
    Class<?> type = loader.loadClass(PACKAGE + "." + record);
    Method read = mapper.getClass().getMethod("readValue", String.class, Class.class);
    Method write = mapper.getClass().getMethod("writeValueAsString", Object.class);
    return (String) write.invoke(mapper, read.invoke(mapper, json, type));
  }

  @Test
  void examplesRoundTripWithJackson218() throws Exception {
    try (Stream<Path> files = Files.list(Locations.shared().resolve("synesthetic-schemas/examples"))) {
      for (Path example : files.filter(f -> f.toString().endsWith("Example1.json") || f.toString().endsWith("Tone_Example.json")).toList()) {
        ObjectNode input = (ObjectNode) READER.readTree(example.toFile());
        String schema = input.remove("$schema").asText();
        String record = schema.contains("tone") ? "Tone" : "SynestheticAsset";
        JsonNode written = READER.readTree(roundTrip(input.toString(), record));
        assertThat(JsonEquivalence.same(input, written)).as("%s: %s", example.getFileName(), written).isTrue();
      }
    }
  }

  @Test
  void absentAndNullStayDistinct() throws Exception {
    assertThat(roundTrip("{\"name\":\"a\"}", "SynestheticAsset")).isEqualTo("{\"name\":\"a\"}");
    assertThat(roundTrip("{\"name\":\"a\",\"tone\":null}", "SynestheticAsset")).isEqualTo("{\"name\":\"a\",\"tone\":null}");
  }
}
