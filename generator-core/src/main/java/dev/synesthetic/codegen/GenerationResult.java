package dev.synesthetic.codegen;

import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.List;

/**
 * The generated files (sorted by path) and every warning. Only produced when there was no error:
 * with errors, {@link Generator#generate} throws instead and no file exists.
 */
public record GenerationResult(List<GeneratedFile> files, List<Diagnostic> warnings) {
  public GenerationResult {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }
}
