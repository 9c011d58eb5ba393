package org.ozvo.server.ssa.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ozvo.dali.fault.UsageFault;

/**
 * The SSA 1.1 range-list syntax (section 8.7.2): items separated by commas, each a single
 * value {@code v} or a range {@code lo/hi} with either end omitted ({@code lo/}, {@code /hi}),
 * and an optional {@code ;qualifier} after the list (e.g. {@code BAND=5e-7/6e-7;source}).
 * Empty items are allowed and skipped. This class only splits; the typed parsers interpret
 * the texts.
 *
 * @param items     the items in order, never empty items
 * @param qualifier the text after {@code ;}, lower-cased, or empty
 */
public record RangeList(List<Item> items, Optional<String> qualifier) {

    /**
     * One item: a single value ({@code range == false}, {@code lo == hi}) or a range whose
     * missing ends are empty strings.
     */
    public record Item(String lo, String hi, boolean range) {
    }

    /**
     * Splits a parameter value.
     *
     * @throws UsageFault for an item with more than one {@code /}
     */
    public static RangeList parse(String param, String value) {
        String body = value.trim();
        Optional<String> qualifier = Optional.empty();
        int semi = body.indexOf(';');
        if (semi >= 0) {
            String q = body.substring(semi + 1).trim();
            qualifier = q.isEmpty() ? Optional.empty() : Optional.of(q.toLowerCase(Locale.ROOT));
            body = body.substring(0, semi);
        }
        List<Item> items = new ArrayList<>();
        for (String raw : body.split(",", -1)) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            int slash = item.indexOf('/');
            if (slash < 0) {
                items.add(new Item(item, item, false));
            } else {
                if (item.indexOf('/', slash + 1) >= 0) {
                    throw new UsageFault(param + ": '" + item + "' is not a value or a range lo/hi");
                }
                items.add(new Item(item.substring(0, slash).trim(), item.substring(slash + 1).trim(), true));
            }
        }
        return new RangeList(List.copyOf(items), qualifier);
    }
}
