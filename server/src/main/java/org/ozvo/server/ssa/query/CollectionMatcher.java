package org.ozvo.server.ssa.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SSA 1.1 COLLECTION matching (section 4.1.2.14): short names compare case-insensitively, and
 * a name that equals no collection selects every collection containing it ("minimum match":
 * {@code ozdes} selects {@code ozdes_dr2}). Stateless.
 */
public final class CollectionMatcher {

    private CollectionMatcher() {
    }

    /**
     * The collections the wanted names select.
     *
     * @param wanted names from the request, at least one
     * @param known  every collection in the archive
     * @return the matching collections in the order of {@code known}; empty if none matches
     */
    public static List<String> match(List<String> wanted, List<String> known) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : wanted) {
            String key = w.toLowerCase(Locale.ROOT);
            List<String> exact = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(key)).toList();
            if (!exact.isEmpty()) {
                out.addAll(exact);
            } else {
                known.stream().filter(k -> k.toLowerCase(Locale.ROOT).contains(key)).forEach(out::add);
            }
        }
        return known.stream().filter(out::contains).toList();
    }
}
