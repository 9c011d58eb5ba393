package org.ozvo.dali.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ozvo.dali.fault.UsageFault;

/**
 * Request parameters as DALI wants them: names case-insensitive, values kept in order,
 * repeated parameters kept (SIA2 ORs them), unknown parameters simply never asked for.
 * Immutable and thread-safe.
 */
public final class ParamMap {

    private final Map<String, List<String>> values;

    private ParamMap(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Builds a map from raw (possibly mixed-case) names; later values of a name follow earlier ones. */
    public static ParamMap of(Map<String, ? extends List<String>> raw) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        raw.forEach((name, vals) -> m.computeIfAbsent(key(name), k -> new ArrayList<>()).addAll(vals));
        m.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new ParamMap(Collections.unmodifiableMap(m));
    }

    /** Convenience for tests and internal callers: alternating names and values. */
    public static ParamMap of(String... nameValuePairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            m.computeIfAbsent(nameValuePairs[i], k -> new ArrayList<>()).add(nameValuePairs[i + 1]);
        }
        return of(m);
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** All values of a parameter, possibly empty. */
    public List<String> all(String name) {
        return values.getOrDefault(key(name), List.of());
    }

    /**
     * The single value of a parameter, trimmed; empty when absent or blank.
     *
     * @throws UsageFault if the parameter is given more than once with different values
     */
    public Optional<String> single(String name) {
        List<String> vals = all(name);
        if (vals.isEmpty()) {
            return Optional.empty();
        }
        String first = vals.get(0).trim();
        for (String v : vals) {
            if (!v.trim().equals(first)) {
                throw new UsageFault("parameter " + key(name) + " must be given once, got " + vals.size() + " values");
            }
        }
        return first.isEmpty() ? Optional.empty() : Optional.of(first);
    }

    /** True if the parameter is present with a non-blank value. */
    public boolean has(String name) {
        return all(name).stream().anyMatch(v -> !v.isBlank());
    }

    /** Upper-case names of every parameter present. */
    public Set<String> names() {
        return values.keySet();
    }

    /**
     * An integer parameter, if present.
     *
     * @throws UsageFault if it is not an integer or lies outside [min, max]
     */
    public Optional<Integer> integer(String name, int min, int max) {
        Optional<String> raw = single(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        int v;
        try {
            v = Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw new UsageFault(key(name) + " must be an integer, not '" + raw.get() + "'");
        }
        if (v < min || v > max) {
            throw new UsageFault(key(name) + " must be between " + min + " and " + max + ", not " + v);
        }
        return Optional.of(v);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
