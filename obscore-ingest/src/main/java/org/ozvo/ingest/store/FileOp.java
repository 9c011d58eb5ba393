package org.ozvo.ingest.store;

/**
 * A file operation decided by a committed transaction. Paths are relative to the data directory.
 *
 * @param kind       what to do
 * @param stagedPath the fully written staged file to move ({@link Kind#PLACE}), else null
 * @param targetPath the product or original path
 */
public record FileOp(Kind kind, String stagedPath, String targetPath) {

    /** The two operations; both are idempotent. */
    public enum Kind {
        /** Move the staged file to the target, replacing it; nothing to do if already moved. */
        PLACE("place"),
        /** Delete the target if it exists. */
        REMOVE("remove");

        private final String sqlName;

        Kind(String sqlName) {
            this.sqlName = sqlName;
        }

        /** Spelling in {@code archive.pending_file_op.op}. */
        public String sqlName() {
            return sqlName;
        }

        static Kind ofSql(String name) {
            return name.equals(PLACE.sqlName) ? PLACE : REMOVE;
        }
    }

    public static FileOp place(String stagedPath, String targetPath) {
        return new FileOp(Kind.PLACE, stagedPath, targetPath);
    }

    public static FileOp remove(String targetPath) {
        return new FileOp(Kind.REMOVE, null, targetPath);
    }
}
