package dev.synesthetic.codegen.limits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A large configuration schema of a realistic shape, built here rather than committed: a platform
 * file whose {@code services} member lists every service by name, each with its own definition (as
 * generated configuration schemas of many components are): a name pattern, port and replica bounds,
 * a log-level enum, a timeout with an exclusive bound and a step, unique tags of a pattern, an
 * environment whose names follow a pattern, a protocol constant, no unknown members. Plus documents
 * that are valid and documents that each break one named rule.
 */
final class LargeConfigSchema {
    private LargeConfigSchema() {}

    /** The schema text with {@code services} services. */
    static String schema(int services) {
        StringBuilder listed = new StringBuilder();
        StringBuilder defs = new StringBuilder();
        for (int i = 0; i < services; i++) {
            String name = name(i);
            listed.append(i == 0 ? "" : ",\n")
                    .append("\"")
                    .append(name)
                    .append("\": {\"$ref\": \"#/$defs/")
                    .append(name)
                    .append("\"}");
            defs.append(i == 0 ? "" : ",\n")
                    .append("\"")
                    .append(name)
                    .append("\": ")
                    .append(service(i));
        }
        return "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"title\": \"Platform\","
                + " \"type\": \"object\", \"required\": [\"version\", \"services\"], \"additionalProperties\": false,"
                + " \"properties\": {\"version\": {\"type\": \"string\", \"pattern\": \"^[0-9]+\\\\.[0-9]+$\"},"
                + " \"services\": {\"type\": \"object\", \"additionalProperties\": false, \"minProperties\": 1,"
                + " \"properties\": {" + listed + "}}},\n\"$defs\": {" + defs + "}}";
    }

    private static String service(int i) {
        return "{\"type\": \"object\", \"additionalProperties\": false, \"required\": [\"name\", \"port\"],"
                + " \"properties\": {"
                + "\"name\": {\"type\": \"string\", \"pattern\": \"^" + name(i)
                + "-[a-z0-9-]{1,40}$\", \"minLength\": 8, \"maxLength\": 63},"
                + " \"port\": {\"type\": \"integer\", \"minimum\": 1024, \"maximum\": 65535},"
                + " \"replicas\": {\"type\": \"integer\", \"minimum\": 0, \"maximum\": " + maxReplicas(i) + "},"
                + " \"logLevel\": {\"enum\": [\"trace\", \"debug\", \"info\", \"warn\", \"error\"]},"
                + " \"timeout\": {\"type\": \"number\", \"exclusiveMinimum\": 0, \"maximum\": 300, \"multipleOf\": 0.5},"
                + " \"tags\": {\"type\": \"array\", \"items\": {\"type\": \"string\", \"pattern\": \"^[a-z]+$\"},"
                + " \"uniqueItems\": true, \"maxItems\": 16},"
                + " \"env\": {\"type\": \"object\", \"propertyNames\": {\"pattern\": \"^[A-Z_][A-Z0-9_]*$\"},"
                + " \"additionalProperties\": {\"type\": \"string\", \"maxLength\": 256}},"
                + " \"protocol\": {\"const\": \"" + (i % 2 == 0 ? "http" : "grpc") + "\"}}}";
    }

    static String name(int i) {
        return String.format(java.util.Locale.ROOT, "svc%04d", i);
    }

    private static int maxReplicas(int i) {
        return i % 50 + 1;
    }

    /** A valid document that sets every member of the first, a middle and the last service. */
    static Map<String, Object> valid(int services) {
        Map<String, Object> listed = new LinkedHashMap<>();
        for (int i : List.of(0, services / 2, services - 1)) {
            listed.put(name(i), fullService(i));
        }
        listed.put(name(1), Map.of("name", name(1) + "-min", "port", new BigDecimal("1024")));
        return Map.of("version", "1.0", "services", listed);
    }

    private static Map<String, Object> fullService(int i) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("name", name(i) + "-api");
        service.put("port", new BigDecimal("8080"));
        service.put("replicas", new BigDecimal(maxReplicas(i)));
        service.put("logLevel", "info");
        service.put("timeout", new BigDecimal("29.5"));
        service.put("tags", List.of("web", "public"));
        service.put("env", Map.of("JAVA_OPTS", "-Xmx1g", "PORT", "8080"));
        service.put("protocol", i % 2 == 0 ? "http" : "grpc");
        return service;
    }

    /** One broken rule: the document, where the violation is and the keyword that reports it. */
    record Broken(Map<String, Object> document, String instanceLocation, String keyword) {}

    /** Documents that each break one rule of the last service (the far end of the split validator). */
    static List<Broken> invalid(int services) {
        int last = services - 1;
        String at = "/services/" + name(last);
        List<Broken> broken = new ArrayList<>();
        broken.add(change(services, last, "name", "other-api", at + "/name", "pattern"));
        broken.add(change(services, last, "port", new BigDecimal("80"), at + "/port", "minimum"));
        broken.add(
                change(services, last, "replicas", new BigDecimal(maxReplicas(last) + 1), at + "/replicas", "maximum"));
        broken.add(change(services, last, "logLevel", "verbose", at + "/logLevel", "enum"));
        broken.add(change(services, last, "timeout", new BigDecimal("0.75"), at + "/timeout", "multipleOf"));
        broken.add(change(services, last, "timeout", BigDecimal.ZERO, at + "/timeout", "exclusiveMinimum"));
        broken.add(change(services, last, "tags", List.of("web", "web"), at + "/tags", "uniqueItems"));
        broken.add(change(services, last, "tags", List.of("Web"), at + "/tags/0", "pattern"));
        broken.add(change(services, last, "env", Map.of("java_opts", "x"), at + "/env", "propertyNames"));
        broken.add(change(services, last, "protocol", last % 2 == 0 ? "grpc" : "http", at + "/protocol", "const"));
        // additionalProperties: false reports the false schema, at the unknown member
        broken.add(change(services, last, "replica", new BigDecimal("1"), at + "/replica", "false"));
        broken.add(change(services, last, "port", null, at, "required"));
        Map<String, Object> unknown = new LinkedHashMap<>(valid(services));
        Map<String, Object> listed = new LinkedHashMap<>(cast(unknown.get("services")));
        listed.put("svc-unknown", Map.of());
        unknown.put("services", listed);
        broken.add(new Broken(unknown, "/services/svc-unknown", "false"));
        return broken;
    }

    /** The valid document with one member of one service set to {@code value}, or removed when null. */
    private static Broken change(int services, int service, String member, Object value, String at, String keyword) {
        Map<String, Object> document = new LinkedHashMap<>(valid(services));
        Map<String, Object> listed = new LinkedHashMap<>(cast(document.get("services")));
        Map<String, Object> changed = new LinkedHashMap<>(cast(listed.get(name(service))));
        if (value == null) {
            changed.remove(member);
        } else {
            changed.put(member, value);
        }
        listed.put(name(service), changed);
        document.put("services", listed);
        return new Broken(document, at, keyword);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
