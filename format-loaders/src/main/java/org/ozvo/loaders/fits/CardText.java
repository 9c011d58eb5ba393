package org.ozvo.loaders.fits;

/**
 * Lays out header records the way nom-tam-fits 1.21 does with its default settings (long
 * strings enabled), so products keep their exact cards: key in columns 1-8, {@code "= "},
 * numbers and logicals right-justified to column 30 and strings quoted from column 11 (closing
 * quote no earlier than column 20, the comment then aligned to column 32) when the comment
 * leaves room, the comment after {@code " / "} cut to fit unless even its first word does not
 * (then left out), and a string's comment that does not fit continued on {@code CONTINUE}
 * records (the string ends in {@code &}). Returns one or more 80-character records.
 */
final class CardText {

    static final int CARD = 80;
    private static final int KEY = 8;
    private static final int ALIGN = 30;
    /** Older FITS required a string's closing quote at column 20 or later; tools may still expect it. */
    private static final int MIN_STRING_END = 19;
    private static final String COMMENT_PREFIX = " / ";
    /** After a continued string, the comment starts right after the slash (keeps its spaces). */
    private static final String LONG_COMMENT_PREFIX = " /";
    private static final String CONTINUE = "CONTINUE  ";
    private static final int MAX_LONG_END_COMMENT = 68 - LONG_COMMENT_PREFIX.length();

    private CardText() {
    }

    /** A number or logical ({@code T}/{@code F}) value as it is to appear. */
    static String literal(String key, String value, String comment) {
        StringBuilder buf = key(key);
        buf.append("= ");
        int valueStart = buf.length();
        append(buf, value, 0);
        int valueEnd = buf.length();
        appendComment(buf, comment, false, false);
        realign(buf, valueStart, valueEnd);
        pad(buf);
        return buf.toString();
    }

    /** A string value (printable ASCII; trailing blanks are dropped, as FITS ignores them). */
    static String string(String key, String value, String comment) {
        String text = stripTrailing(value);
        StringBuilder buf = key(key);
        buf.append("= ");
        int from = appendQuoted(buf, text, comment, 0);
        while (from < text.length()) {
            pad(buf);
            buf.append(CONTINUE);
            from += appendQuoted(buf, text, comment, from);
        }
        int valueEnd = buf.length();
        appendComment(buf, comment, true, false);
        realign(buf, valueEnd, valueEnd);
        pad(buf);
        return buf.toString();
    }

    /** A COMMENT or HISTORY record: the key, a blank, then up to 71 characters of text. */
    static String commentary(String key, String text) {
        StringBuilder buf = key(key);
        appendComment(buf, text, false, true);
        pad(buf);
        return buf.toString();
    }

    private static StringBuilder key(String key) {
        if (key.length() > KEY) {
            throw new IllegalArgumentException("keyword longer than 8 characters: " + key);
        }
        StringBuilder buf = new StringBuilder(CARD);
        buf.append(key);
        while (buf.length() < KEY) {
            buf.append(' ');
        }
        return buf;
    }

    /**
     * Quotes {@code text} from {@code from} (quotes doubled) into the current record, as much
     * as fits, leaving room for an {@code &} when there is a comment; returns the characters
     * consumed.
     */
    private static int appendQuoted(StringBuilder buf, String text, String comment, int from) {
        int available = available(buf) - 2;
        if (comment != null && !comment.isEmpty()) {
            available--;
        }
        if (available >= text.length() - from) {
            String escaped = text.substring(from).replace("'", "''");
            if (escaped.length() <= available) {
                buf.append('\'').append(escaped);
                if (buf.length() < MIN_STRING_END) {
                    padTo(buf, MIN_STRING_END);
                }
                buf.append('\'');
                return text.length() - from;
            }
        }
        available = available(buf) - 3;
        buf.append('\'');
        int consumed = 0;
        for (int i = 0; i < available; i++, consumed++) {
            char c = text.charAt(from + consumed);
            if (c == '\'') {
                i++;
                if (i + 1 < available) {
                    buf.append("''");
                } else {
                    break;
                }
            } else {
                buf.append(c);
            }
        }
        buf.append("&'");
        return consumed;
    }

    private static void appendComment(StringBuilder buf, String comment, boolean stringValue, boolean commentary) {
        if (comment == null || comment.isEmpty()) {
            return;
        }
        int available = available(buf);
        if (stringValue && COMMENT_PREFIX.length() + comment.length() > available) {
            appendLongStringComment(buf, comment);
            return;
        }
        if (commentary) {
            available -= 1;
        } else {
            available -= COMMENT_PREFIX.length();
            if (minTruncated(comment) > available && !stringValue) {
                return;
            }
        }
        buf.append(commentary ? " " : COMMENT_PREFIX);
        buf.append(comment, 0, Math.min(available, comment.length()));
    }

    /** The comment of a string value, continued on CONTINUE records when it does not fit. */
    private static void appendLongStringComment(StringBuilder buf, String comment) {
        int last = buf.length() - 1;
        if (available(buf) >= LONG_COMMENT_PREFIX.length() + comment.length()) {
            buf.append(LONG_COMMENT_PREFIX);
            append(buf, comment, 0);
            return;
        }
        buf.setCharAt(last, '&');
        buf.append('\'');
        if (available(buf) < COMMENT_PREFIX.length()) {
            pad(buf);
            buf.append(CONTINUE).append("''");
            appendComment(buf, comment, true, false);
            return;
        }
        buf.append(COMMENT_PREFIX);
        int from = append(buf, comment, 0);
        while (from < comment.length()) {
            pad(buf);
            buf.append(CONTINUE);
            buf.append(comment.length() >= from + MAX_LONG_END_COMMENT ? "'&'" : "''");
            buf.append(LONG_COMMENT_PREFIX);
            from += append(buf, comment, from);
        }
    }

    /** The comment is kept only if its first word fits. */
    private static int minTruncated(String comment) {
        int firstWord = comment.indexOf(' ');
        return COMMENT_PREFIX.length() + (firstWord < 0 ? comment.length() : firstWord);
    }

    /** Pushes the comment to column 32 (padding at {@code at}) when the record has room. */
    private static void realign(StringBuilder buf, int at, int from) {
        if (buf.length() >= CARD || from > ALIGN) {
            return;
        }
        int spaces = ALIGN - from;
        if (spaces < 1 || spaces > available(buf)) {
            return;
        }
        buf.insert(at, " ".repeat(spaces));
    }

    private static int append(StringBuilder buf, String text, int from) {
        int n = Math.min(available(buf), text.length() - from);
        if (n < 1) {
            return 0;
        }
        buf.append(text, from, from + n);
        return n;
    }

    private static void pad(StringBuilder buf) {
        int n = available(buf);
        for (int i = 0; i < n; i++) {
            buf.append(' ');
        }
    }

    private static void padTo(StringBuilder buf, int to) {
        for (int pos = buf.length() % CARD; pos < to; pos++) {
            buf.append(' ');
        }
    }

    /** Characters left in the current record (0 when it is full, or not started). */
    private static int available(StringBuilder buf) {
        return (CARD - buf.length() % CARD) % CARD;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
