package org.ozvo.server.vosi;

import javax.xml.stream.XMLStreamException;

/**
 * SimpleDALRegExt {@code sia:SimpleImageAccess} content (SIA.xsd, as DaCHS writes it for
 * SIA 2.0 too): the kind of image service and its limits.
 *
 * @param imageServiceType   {@code Pointed}, {@code Cutout}, {@code Mosaic} or {@code Atlas}
 * @param maxQueryRegionSize largest region a query may cover, degrees per axis, or null
 * @param maxImageExtent     largest image extent, degrees per axis, or null
 * @param maxImageSize       largest image, pixels per side, or null
 * @param maxFileSize        largest file, bytes, or null
 * @param maxRecords         hard limit on rows per query (MAXREC cap)
 * @param testRa             right ascension of a test query returning rows, or null
 * @param testDec            declination of the test query
 * @param testSize           size of the test query, degrees
 */
public record SiaCapability(String imageServiceType, Double maxQueryRegionSize, Double maxImageExtent,
                            Long maxImageSize, Long maxFileSize, long maxRecords,
                            Double testRa, Double testDec, Double testSize) implements CapabilityExtension {

    public SiaCapability {
        if (!java.util.Set.of("Pointed", "Cutout", "Mosaic", "Atlas").contains(imageServiceType)) {
            throw new IllegalArgumentException("unknown imageServiceType " + imageServiceType);
        }
        if (maxRecords <= 0) {
            throw new IllegalArgumentException("maxRecords must be positive");
        }
    }

    @Override
    public String xsiType() {
        return VoNamespace.SIA.qname("SimpleImageAccess");
    }

    @Override
    public void writeContent(XmlOut out) throws XMLStreamException {
        out.element("imageServiceType", imageServiceType);
        skySize(out, "maxQueryRegionSize", maxQueryRegionSize);
        skySize(out, "maxImageExtent", maxImageExtent);
        out.element("maxImageSize", maxImageSize);
        out.element("maxFileSize", maxFileSize);
        out.element("maxRecords", maxRecords);
        if (testRa != null && testDec != null) {
            out.start("testQuery");
            out.start("pos").element("long", testRa).element("lat", testDec).end();
            if (testSize != null) {
                skySize(out, "size", testSize);
            }
            out.end();
        }
    }

    private static void skySize(XmlOut out, String name, Double degrees) throws XMLStreamException {
        if (degrees != null) {
            out.start(name).element("long", degrees).element("lat", degrees).end();
        }
    }
}
