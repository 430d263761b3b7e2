package dev.synesthetic.codegen.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/** A generated {@code XValidator} class, called reflectively. */
final class GeneratedValidator {
    private final Method validate;
    private final Method validateFailFast;
    private final Method isValid;

    GeneratedValidator(ClassLoader loader, String className) throws ReflectiveOperationException {
        Class<?> type = loader.loadClass(className);
        validate = type.getMethod("validate", Object.class);
        validateFailFast = type.getMethod("validateFailFast", Object.class);
        isValid = type.getMethod("isValid", Object.class);
    }

    /** Every violation, each as its record's {@code toString()}. */
    List<String> validate(Object json) {
        return strings(call(validate, json));
    }

    /** Every violation as (instance location, keyword). */
    List<Located> locate(Object json) {
        return ((List<?>) call(validate, json))
                .stream().map(GeneratedValidator::located).toList();
    }

    /** Where a violation is and which keyword failed. */
    record Located(String instanceLocation, String keyword) {}

    private static Located located(Object violation) {
        try {
            Class<?> type = violation.getClass();
            return new Located((String) type.getMethod("instanceLocation").invoke(violation), (String)
                    type.getMethod("keyword").invoke(violation));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> validateFailFast(Object json) {
        return strings(call(validateFailFast, json));
    }

    boolean isValid(Object json) {
        return (Boolean) call(isValid, json);
    }

    private static List<String> strings(Object violations) {
        return ((List<?>) violations).stream().map(Object::toString).toList();
    }

    private static Object call(Method method, Object json) {
        try {
            return method.invoke(null, json);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
