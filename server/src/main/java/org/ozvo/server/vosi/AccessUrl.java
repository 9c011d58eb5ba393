package org.ozvo.server.vosi;

/**
 * An interface's {@code accessURL} (VOResource 1.1 AccessURL).
 *
 * @param url the URL
 * @param use {@code full} (use as is), {@code base} (append parameters or sub-paths) or
 *            {@code dir}
 */
public record AccessUrl(String url, Use use) {

    /** How a client uses the URL. */
    public enum Use {
        FULL("full"), BASE("base"), DIR("dir");

        private final String xml;

        Use(String xml) {
            this.xml = xml;
        }

        /** The attribute value. */
        public String xml() {
            return xml;
        }
    }

    public AccessUrl {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("access URL must not be blank");
        }
        if (use == null) {
            throw new IllegalArgumentException("access URL use must be given");
        }
    }
}
