package dev.synesthetic.codegen.compat.api;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Reads the API of generated sources by parsing them (no type checking: fast, and the text is
 * exactly what callers compile against), so the comparison sees what the emitters wrote rather
 * than a second account of how they map the model.
 */
final class SourceApiReader {
    /** A type annotation with or without arguments, and the space after it. */
    private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\([^)]*\\))?\\s*");

    /**
     * Source text → its public top-level types: both sides of a comparison share most files word for
     * word (runtime classes, unchanged schemas), and each text is parsed once.
     */
    private final Map<String, List<TypeApi>> parsed = new HashMap<>();

    private int parsedFiles;

    /** The top-level type of each {@code .java} file, by its simple name. */
    SortedMap<String, TypeApi> read(List<GeneratedFile> files) {
        List<String> texts = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (file.relativePath().endsWith(".java")) {
                texts.add(file.content());
            }
        }
        parse(files.stream()
                .filter(file -> file.relativePath().endsWith(".java") && !parsed.containsKey(file.content()))
                .toList());
        SortedMap<String, TypeApi> types = new TreeMap<>();
        for (String text : texts) {
            parsed.get(text).forEach(api -> types.put(api.name(), api));
        }
        return types;
    }

    /** How many files this reader has parsed. */
    int parsedFiles() {
        return parsedFiles;
    }

    private void parse(List<GeneratedFile> files) {
        if (files.isEmpty()) {
            return;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("comparing the generated Java API parses the sources and needs a JDK");
        }
        List<JavaFileObject> sources = new ArrayList<>();
        Map<URI, String> texts = new HashMap<>();
        for (GeneratedFile file : files) {
            Source source = new Source(file);
            sources.add(source);
            texts.put(source.toUri(), file.content());
        }
        parsedFiles += sources.size();
        JavacTask task = (JavacTask) javac.getTask(null, null, problem -> {}, List.of("-proc:none"), null, sources);
        try {
            for (CompilationUnitTree unit : task.parse()) {
                List<TypeApi> types = new ArrayList<>();
                for (Tree declaration : unit.getTypeDecls()) {
                    if (declaration instanceof ClassTree type && isPublic(type.getModifiers(), false)) {
                        types.add(type(type, ""));
                    }
                }
                parsed.put(texts.get(unit.getSourceFile().toUri()), List.copyOf(types));
            }
        } catch (IOException e) {
            throw new IllegalStateException("in-memory sources cannot be read: " + e.getMessage(), e);
        }
    }

    private static TypeApi type(ClassTree type, String outer) {
        String name = outer + type.getSimpleName();
        boolean isInterface = type.getKind() == Tree.Kind.INTERFACE;
        boolean isRecord = type.getKind() == Tree.Kind.RECORD;
        List<TypeApi.Component> components = new ArrayList<>();
        List<String> constants = new ArrayList<>();
        SortedMap<String, String> methods = new TreeMap<>();
        List<TypeApi> nested = new ArrayList<>();
        for (Tree member : type.getMembers()) {
            if (member instanceof VariableTree field) {
                boolean isStatic = field.getModifiers().getFlags().contains(Modifier.STATIC);
                if (isRecord && !isStatic) {
                    components.add(new TypeApi.Component(
                            field.getName().toString(), plain(field.getType()), nullable(field.getModifiers())));
                } else if (field.getInitializer() instanceof NewClassTree
                        && type.getKind() == Tree.Kind.ENUM
                        && plain(field.getType()).equals(type.getSimpleName().toString())) {
                    constants.add(field.getName().toString());
                }
            } else if (member instanceof MethodTree method && isPublic(method.getModifiers(), isInterface)) {
                if (!(isRecord && method.getReturnType() == null)) { // the canonical constructor is the components
                    methods.put(signature(method), result(method));
                }
            } else if (member instanceof ClassTree inner && isPublic(inner.getModifiers(), isInterface)) {
                nested.add(type(inner, name + "."));
            }
        }
        List<String> permits =
                type.getPermitsClause().stream().map(SourceApiReader::plain).toList();
        return new TypeApi(name, shape(type), components, constants, permits, methods, nested);
    }

    private static TypeApi.Shape shape(ClassTree type) {
        return switch (type.getKind()) {
            case RECORD -> TypeApi.Shape.RECORD;
            case ENUM -> TypeApi.Shape.ENUM;
            case INTERFACE, ANNOTATION_TYPE -> TypeApi.Shape.INTERFACE;
            default -> TypeApi.Shape.CLASS;
        };
    }

    private static String signature(MethodTree method) {
        return method.getName()
                + method.getParameters().stream()
                        .map(parameter -> plain(parameter.getType()))
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String result(MethodTree method) {
        String kind = method.getModifiers().getFlags().contains(Modifier.STATIC) ? "static " : "";
        String generics = method.getTypeParameters().isEmpty()
                ? ""
                : method.getTypeParameters().stream().map(Tree::toString).collect(Collectors.joining(", ", "<", "> "));
        return kind + generics + (method.getReturnType() == null ? "new" : plain(method.getReturnType()));
    }

    /** Members of an interface are public unless private; elsewhere only what says public is API. */
    private static boolean isPublic(ModifiersTree modifiers, boolean inInterface) {
        return modifiers.getFlags().contains(Modifier.PUBLIC)
                || (inInterface && !modifiers.getFlags().contains(Modifier.PRIVATE));
    }

    private static boolean nullable(ModifiersTree modifiers) {
        for (AnnotationTree annotation : modifiers.getAnnotations()) {
            String name = annotation.getAnnotationType().toString();
            if (name.equals("Nullable") || name.endsWith(".Nullable")) {
                return true;
            }
        }
        return false;
    }

    /** A type as written, without its annotations: {@code List<@Nullable Object>} → {@code List<Object>}. */
    static String plain(Tree type) {
        return ANNOTATION.matcher(type.toString()).replaceAll("").strip();
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String content;

        Source(GeneratedFile file) {
            super(URI.create("mem:///" + file.relativePath()), Kind.SOURCE);
            this.content = file.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
