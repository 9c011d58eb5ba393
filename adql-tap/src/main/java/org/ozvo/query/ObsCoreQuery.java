package org.ozvo.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A query on {@code ivoa.obscore}: what to select, the constraints (all must hold), the
 * ordering and the row limit. Immutable; build with {@link #builder()} and render with
 * {@link PgSqlRenderer}.
 */
public final class ObsCoreQuery {

    private final List<SelectItem> select;
    private final List<Constraint> constraints;
    private final List<Ordering> orderings;
    private final long limit;

    private ObsCoreQuery(Builder b) {
        this.select = List.copyOf(b.select);
        this.constraints = List.copyOf(b.constraints);
        this.orderings = List.copyOf(b.orderings);
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The select list, in result column order; never empty. */
    public List<SelectItem> select() {
        return select;
    }

    /** The constraints, AND-ed; empty means all rows. */
    public List<Constraint> constraints() {
        return constraints;
    }

    /** ORDER BY keys, most significant first. */
    public List<Ordering> orderings() {
        return orderings;
    }

    /** Maximum number of rows, or -1 for no limit. */
    public long limit() {
        return limit;
    }

    /** True if some constraint can never match, so the database need not be asked. */
    public boolean matchesNothing() {
        return constraints.stream().anyMatch(c -> c instanceof NoMatch);
    }

    /** Collects the parts of a query; not thread-safe. */
    public static final class Builder {
        private final List<SelectItem> select = new ArrayList<>();
        private final List<Constraint> constraints = new ArrayList<>();
        private final List<Ordering> orderings = new ArrayList<>();
        private long limit = -1;

        private Builder() {
        }

        public Builder select(SelectItem item) {
            select.add(Objects.requireNonNull(item));
            return this;
        }

        public Builder select(List<SelectItem> items) {
            items.forEach(this::select);
            return this;
        }

        /** Adds a constraint; all constraints must hold. */
        public Builder where(Constraint constraint) {
            constraints.add(Objects.requireNonNull(constraint));
            return this;
        }

        public Builder orderBy(Ordering ordering) {
            orderings.add(Objects.requireNonNull(ordering));
            return this;
        }

        /** At most this many rows (0 allowed); negative for no limit. */
        public Builder limit(long value) {
            this.limit = value < 0 ? -1 : value;
            return this;
        }

        /** @throws IllegalStateException if nothing is selected or two items share a label */
        public ObsCoreQuery build() {
            if (select.isEmpty()) {
                throw new IllegalStateException("a query must select at least one item");
            }
            long distinct = select.stream().map(SelectItem::label).distinct().count();
            if (distinct != select.size()) {
                throw new IllegalStateException("select labels must be unique");
            }
            return new ObsCoreQuery(this);
        }
    }
}
