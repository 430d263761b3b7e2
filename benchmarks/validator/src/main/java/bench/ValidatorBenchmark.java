package bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.synesthetic.schema.ControlBundleReader;
import dev.synesthetic.schema.ControlBundleValidator;
import dev.synesthetic.schema.HapticReader;
import dev.synesthetic.schema.HapticValidator;
import dev.synesthetic.schema.ReadResult;
import dev.synesthetic.schema.RuleBundleReader;
import dev.synesthetic.schema.RuleBundleValidator;
import dev.synesthetic.schema.ShaderReader;
import dev.synesthetic.schema.ShaderValidator;
import dev.synesthetic.schema.SynestheticAssetReader;
import dev.synesthetic.schema.SynestheticAssetValidator;
import dev.synesthetic.schema.ToneReader;
import dev.synesthetic.schema.ToneValidator;
import dev.synesthetic.schema.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation = the 15 Synesthetic examples, each once. Pre-parsed benchmarks get their input
 * parsed in setup (root "$schema" set aside, as every validator here expects); the bytes
 * benchmarks read the example files' bytes as they are.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidatorBenchmark {
  private static final String ID_PREFIX = "https://schemas.synesthetic.dev/0.7.3/";

  /** The README's Jackson 2 set-up. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  /** Jackson 3, the tree networknt 3.x validates; exact decimals as well. */
  static final tools.jackson.databind.ObjectMapper MAPPER3 = tools.jackson.databind.json.JsonMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private final List<byte[]> bytes = new ArrayList<>();
  /** The examples without their root "$schema", compact: what networknt parses from text. */
  private final List<String> texts = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();
  /** networknt 3.x takes Jackson 3 trees. */
  private final List<tools.jackson.databind.JsonNode> trees = new ArrayList<>();
  private final List<Function<Object, List<Violation>>> validators = new ArrayList<>();
  private final List<Schema> networknt = new ArrayList<>();
  private final List<Function<byte[], ReadResult<?>>> readers = new ArrayList<>();
  private final List<Function<Object, Object>> binders = new ArrayList<>();
  private final List<com.fasterxml.jackson.databind.ObjectReader> recordReaders = new ArrayList<>();
  private final List<byte[]> textBytes = new ArrayList<>();
  /** The examples' records, as the readers bind them: what the writer benchmarks write. */
  private final List<Object> records = new ArrayList<>();
  private final List<Function<Object, byte[]>> writers = new ArrayList<>();

  @Setup
  public void setUp() throws IOException {
    Path shared = Path.of(System.getProperty("shared.dir", "../../../shared")).toAbsolutePath().normalize();
    Path schemas = shared.resolve("synesthetic-schemas/jsonschema");
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build())
        .schemas(iri -> iri.startsWith(ID_PREFIX) ? read(schemas.resolve(iri.substring(ID_PREFIX.length()))) : null));
    List<Path> examples;
    try (Stream<Path> list = Files.list(shared.resolve("synesthetic-schemas/examples"))) {
      examples = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    if (examples.size() != 15) {
      throw new IllegalStateException("expected the 15 Synesthetic examples, found " + examples.size());
    }
    for (Path example : examples) {
      byte[] raw = Files.readAllBytes(example);
      tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) MAPPER3.readTree(raw);
      String schemaFile = tree.remove("$schema").asString().replaceFirst(".*/", "");
      Object value = MAPPER.readValue(raw, Object.class);
      ((java.util.Map<?, ?>) value).remove("$schema");
      bytes.add(raw);
      texts.add(MAPPER.writeValueAsString(value));
      trees.add(tree);
      values.add(value);
      Root root = root(schemaFile);
      validators.add(root.validator());
      readers.add(root.reader());
      binders.add(root.binder());
      recordReaders.add(MAPPER.readerFor(root.reader().apply(raw).orElseThrow().getClass()));
      textBytes.add(texts.get(texts.size() - 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      records.add(root.reader().apply(raw).orElseThrow());
      writers.add(root.writer());
      networknt.add(registry.getSchema(SchemaLocation.of(ID_PREFIX + schemaFile)));
    }
    for (int i = 0; i < examples.size(); i++) { // every example is valid for every contender
      if (!validators.get(i).apply(values.get(i)).isEmpty() || !networknt.get(i).validate(trees.get(i)).isEmpty()
          || !readers.get(i).apply(bytes.get(i)).isValid()
          || !binders.get(i).apply(values.get(i)).equals(readers.get(i).apply(bytes.get(i)).orElseThrow())
          || !networknt.get(i).validate(texts.get(i), com.networknt.schema.InputFormat.JSON).isEmpty()) {
        throw new IllegalStateException(examples.get(i) + " is not valid for every validator");
      }
      // both writers write the same JSON (the examples' date-times are in the form both write)
      if (!MAPPER.readTree(writers.get(i).apply(records.get(i))).equals(MAPPER.readTree(MAPPER.writeValueAsBytes(records.get(i))))) {
        throw new IllegalStateException(examples.get(i) + " is written differently by the generated writer and databind");
      }
    }
  }

  /** Floor: Jackson 2 (the line our readers use) parses the bytes into a tree. */
  @Benchmark
  public void jackson2BytesToTree(Blackhole hole) throws IOException {
    for (byte[] json : bytes) {
      hole.consume(MAPPER.readTree(json));
    }
  }

  /** Floor for networknt: Jackson 3 parses the bytes into the tree networknt validates. */
  @Benchmark
  public void jackson3BytesToTree(Blackhole hole) {
    for (byte[] json : bytes) {
      hole.consume(MAPPER3.readTree(json));
    }
  }

  /** networknt from text (the example without "$schema"): its own parse + validate. */
  @Benchmark
  public void networkntFromBytes(Blackhole hole) {
    for (int i = 0; i < bytes.size(); i++) {
      hole.consume(networknt.get(i).validate(texts.get(i), com.networknt.schema.InputFormat.JSON));
    }
  }

  /** Reference: a bare Jackson 2 token stream over the bytes. */
  @Benchmark
  public void jacksonBytesToTokens(Blackhole hole) throws IOException {
    for (byte[] json : bytes) {
      try (JsonParser parser = MAPPER.createParser(json)) {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
          hole.consume(token);
        }
      }
    }
  }

  /** Ours on the pre-parsed plain values (the form our validators take). */
  @Benchmark
  public void generatedValidatorPreParsed(Blackhole hole) {
    for (int i = 0; i < values.size(); i++) {
      hole.consume(validators.get(i).apply(values.get(i)));
    }
  }

  /** For the breakdown: the records' generated binding (what readers bind with) on the pre-parsed values. */
  @Benchmark
  public void generatedBindingPreParsed(Blackhole hole) {
    for (int i = 0; i < values.size(); i++) {
      hole.consume(binders.get(i).apply(values.get(i)));
    }
  }

  /** networknt 3.0.9 on the pre-parsed JsonNode (the form it takes). */
  @Benchmark
  public void networkntPreParsed(Blackhole hole) {
    for (int i = 0; i < trees.size(); i++) {
      hole.consume(networknt.get(i).validate(trees.get(i)));
    }
  }

  /** End to end: bytes → validated record (our reader). */
  @Benchmark
  public void readerBytesToValidatedRecord(Blackhole hole) {
    for (int i = 0; i < bytes.size(); i++) {
      hole.consume(readers.get(i).apply(bytes.get(i)));
    }
  }

  /** For the breakdown: Jackson binds the record straight from bytes (without "$schema"), no validation. */
  @Benchmark
  public void jacksonBytesToRecordUnvalidated(Blackhole hole) throws IOException {
    for (int i = 0; i < texts.size(); i++) {
      hole.consume(recordReaders.get(i).readValue(textBytes.get(i)));
    }
  }

  /** The generated writer: the record streamed by its {@code writeJson} to the reader's mapper ({@code writeBytes}). */
  @Benchmark
  public void writerRecordToBytes(Blackhole hole) {
    for (int i = 0; i < records.size(); i++) {
      hole.consume(writers.get(i).apply(records.get(i)));
    }
  }

  /** Databind writes the same records (the README's mapper: jdk8 and java.time modules). */
  @Benchmark
  public void databindRecordToBytes(Blackhole hole) throws IOException {
    for (int i = 0; i < records.size(); i++) {
      hole.consume(MAPPER.writeValueAsBytes(records.get(i)));
    }
  }

  /** For the breakdown: the records' {@code toJsonValue()} alone (plain maps, not yet text). */
  @Benchmark
  public void toJsonValueOnly(Blackhole hole) {
    for (int i = 0; i < records.size(); i++) {
      hole.consume(plain(records.get(i)));
    }
  }

  private static Object plain(Object record) {
    if (record instanceof dev.synesthetic.schema.ControlBundle r) {
      return r.toJsonValue();
    } else if (record instanceof dev.synesthetic.schema.Haptic r) {
      return r.toJsonValue();
    } else if (record instanceof dev.synesthetic.schema.RuleBundle r) {
      return r.toJsonValue();
    } else if (record instanceof dev.synesthetic.schema.Shader r) {
      return r.toJsonValue();
    } else if (record instanceof dev.synesthetic.schema.SynestheticAsset r) {
      return r.toJsonValue();
    } else if (record instanceof dev.synesthetic.schema.Tone r) {
      return r.toJsonValue();
    }
    throw new IllegalArgumentException(record.getClass().getName());
  }

  /** One root schema's generated entry points. */
  private record Root(Function<Object, List<Violation>> validator, Function<byte[], ReadResult<?>> reader,
      Function<Object, Object> binder, Function<Object, byte[]> writer) {}

  private static Root root(String schemaFile) {
    return switch (schemaFile) {
      case "control-bundle.schema.json" -> {
        ControlBundleReader reader = new ControlBundleReader(MAPPER);
        yield new Root(ControlBundleValidator::validate, reader::read, dev.synesthetic.schema.ControlBundle::fromJsonValue,
            r -> reader.writeBytes((dev.synesthetic.schema.ControlBundle) r));
      }
      case "haptic.schema.json" -> {
        HapticReader reader = new HapticReader(MAPPER);
        yield new Root(HapticValidator::validate, reader::read, dev.synesthetic.schema.Haptic::fromJsonValue,
            r -> reader.writeBytes((dev.synesthetic.schema.Haptic) r));
      }
      case "rule-bundle.schema.json" -> {
        RuleBundleReader reader = new RuleBundleReader(MAPPER);
        yield new Root(RuleBundleValidator::validate, reader::read, dev.synesthetic.schema.RuleBundle::fromJsonValue,
            r -> reader.writeBytes((dev.synesthetic.schema.RuleBundle) r));
      }
      case "shader.schema.json" -> {
        ShaderReader reader = new ShaderReader(MAPPER);
        yield new Root(ShaderValidator::validate, reader::read, dev.synesthetic.schema.Shader::fromJsonValue,
            r -> reader.writeBytes((dev.synesthetic.schema.Shader) r));
      }
      case "synesthetic-asset.schema.json" -> {
        SynestheticAssetReader reader = new SynestheticAssetReader(MAPPER);
        yield new Root(SynestheticAssetValidator::validate, reader::read,
            dev.synesthetic.schema.SynestheticAsset::fromJsonValue,
            r -> reader.writeBytes((dev.synesthetic.schema.SynestheticAsset) r));
      }
      case "tone.schema.json" -> {
        ToneReader reader = new ToneReader(MAPPER);
        yield new Root(ToneValidator::validate, reader::read, dev.synesthetic.schema.Tone::fromJsonValue,
            r -> reader.writeBytes((dev.synesthetic.schema.Tone) r));
      }
      default -> throw new IllegalArgumentException(schemaFile);
    };
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
