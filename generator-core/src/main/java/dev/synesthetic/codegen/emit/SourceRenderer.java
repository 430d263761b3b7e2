package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns finished type specs into source text in the generated code's layout: the marker comment,
 * two-space indent, no {@code java.lang} imports, one top-level class per file under its package's
 * folders. The one place the emitters' files are laid out.
 *
 * <p>Rendering is the largest part of a short run (JavaPoet writes every file twice, the first time
 * to collect its imports). Rendering on a second thread was measured and did not pay on two shared
 * cores (cold {@code ensure-clean} wall 0.98-1.02x, CPU 1.00x: the JIT compiler threads hold the other
 * core), so the files render in turn; {@link FlatCode} makes each render cheaper instead.
 */
public final class SourceRenderer {
    private static final String INDENT = "  ";

    /** One file to render: its path relative to the output folder, its spec, the schema file it comes from. */
    public record Job(String relativePath, JavaFile file, Optional<String> sourceFile) {}

    private SourceRenderer() {}

    /** A job for {@code spec} as a top-level class of {@code packageName}. */
    public static Job job(String packageName, TypeSpec spec, Optional<String> sourceFile) {
        JavaFile file = JavaFile.builder(packageName, spec)
                .addFileComment("$L", GeneratedFile.MARKER.substring("// ".length()))
                .indent(INDENT)
                .skipJavaLangImports(true)
                .build();
        return new Job(path(packageName, spec.name()), file, sourceFile);
    }

    /** {@code package/as/folders/Simple.java}. */
    public static String path(String packageName, String simpleName) {
        String folder = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
        return folder + simpleName + ".java";
    }

    /** The files of {@code jobs}, in the same order. */
    public static List<GeneratedFile> render(List<Job> jobs) {
        List<GeneratedFile> files = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            files.add(new GeneratedFile(job.relativePath(), job.file().toString(), job.sourceFile()));
        }
        return files;
    }
}
