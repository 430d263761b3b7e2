package dev.synesthetic.codegen.limits;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The child-JVM half of {@link ValidatorStackDepthTest}, run with {@code -Xint}. Arguments: the
 * folder of compiled validators, a thread stack size in KiB, then one case per argument:
 * {@code name|validatorClass|shape|levels|bottom} (shape {@code map}: {@code levels} nested
 * {@code {"child": …}}; {@code list}: {@code levels} nested arrays; {@code string}: the bottom
 * alone. Bottom {@code valid}: {@code {}}, {@code []} or {@code "x"}; {@code invalid}: 42).
 *
 * <p>Each case loads the validator afresh (a new class loader, so no call site is linked yet) and
 * calls {@code validate} on a new thread of exactly that stack size. It prints {@code name}, a tab
 * and the outcome: {@code valid}, {@code invalid}, {@code maxDepth} (one violation, keyword
 * {@code maxDepth}), {@code maxDepth among N}, or the error thrown and its causes. JDK only: the
 * child's class path is the test classes folder.
 */
final class StackProbe {
    private StackProbe() {}

    public static void main(String[] args) throws Exception {
        URL classes = Path.of(args[0]).toUri().toURL();
        long stackBytes = Long.parseLong(args[1]) * 1024;
        for (int i = 2; i < args.length; i++) {
            String[] spec = args[i].split("\\|");
            Object json = document(spec[2], Integer.parseInt(spec[3]), spec[4].equals("valid"));
            try (URLClassLoader loader =
                    new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
                Method validate = loader.loadClass(spec[1]).getMethod("validate", Object.class);
                String[] outcome = {"no outcome"};
                Thread thread =
                        new Thread(null, () -> outcome[0] = outcome(validate, json), "validate " + spec[0], stackBytes);
                thread.start();
                thread.join();
                System.out.println(spec[0] + "\t" + outcome[0]);
            }
        }
    }

    private static String outcome(Method validate, Object json) {
        try {
            List<?> violations = (List<?>) validate.invoke(null, json);
            long maxDepth = violations.stream()
                    .filter(v -> keyword(v).equals("maxDepth"))
                    .count();
            if (maxDepth > 0) {
                return violations.size() == 1 ? "maxDepth" : "maxDepth among " + violations.size();
            }
            return violations.isEmpty() ? "valid" : "invalid";
        } catch (Throwable e) {
            StringBuilder chain = new StringBuilder();
            for (Throwable t = e instanceof InvocationTargetException ? e.getCause() : e; t != null; t = t.getCause()) {
                chain.append(chain.length() == 0 ? "" : " <- ")
                        .append(t.getClass().getSimpleName());
            }
            return chain.toString();
        }
    }

    private static String keyword(Object violation) {
        try {
            return (String) violation.getClass().getMethod("keyword").invoke(violation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object document(String shape, int levels, boolean valid) {
        Object json = !valid
                ? (Object) 42
                : switch (shape) {
                    case "map" -> new HashMap<String, Object>();
                    case "list" -> new ArrayList<Object>();
                    case "string" -> "x";
                    default -> throw new IllegalArgumentException(shape);
                };
        for (int i = 0; i < levels; i++) {
            if (shape.equals("list")) {
                List<Object> outer = new ArrayList<>();
                outer.add(json);
                json = outer;
            } else {
                Map<String, Object> outer = new HashMap<>();
                outer.put("child", json);
                json = outer;
            }
        }
        return json;
    }
}
