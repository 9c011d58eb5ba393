package org.ozvo.datalink.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.schema.archive.ArchiveLayout;

class LinkFactoryTest {

    @TempDir
    Path data;

    private ProductInfo product(String originalPath) {
        return new ProductInfo("ivo://t.org/archive?c/o+1", "c", "o+1", "products/c/o_1.fits", originalPath,
            null, "application/fits", 4e-7, 9e-7, "Title");
    }

    @Test
    void aSpectrumHasFitsVotableProgenitorPreviewAndCutout() throws Exception {
        ArchiveLayout layout = new ArchiveLayout("ivo://t.org", "http://h/vo", data);
        Files.createDirectories(data.resolve("products/c"));
        Files.write(data.resolve("products/c/o_1.fits"), new byte[2880]);
        LinkFactory f = new LinkFactory(new ArchiveUrls(layout), new ProductFiles(layout));
        List<LinkRow> rows = f.rows("as-sent", product("originals/c/o.fits"), true, "cutout-1");
        assertEquals(List.of("#this", "#this", "#progenitor", "#preview-plot", "#cutout"),
            rows.stream().map(LinkRow::semantics).toList());
        assertTrue(rows.stream().allMatch(r -> r.id().equals("as-sent")));
        assertEquals("http://h/vo/slink?ID=ivo%3A%2F%2Ft.org%2Farchive%3Fc%2Fo%2B1&RESPONSEFORMAT=fits",
            rows.get(0).accessUrl());
        assertEquals(2880L, rows.get(0).contentLength());
        assertEquals("http://h/vo/slink/original?ID=ivo%3A%2F%2Ft.org%2Farchive%3Fc%2Fo%2B1", rows.get(2).accessUrl());
        assertNull(rows.get(2).contentLength(), "the original is missing on disk, so its size is unknown");
        assertEquals("cutout-1", rows.get(4).serviceDef());
        List<LinkRow> image = f.rows("x", product(null), false, null);
        assertEquals(List.of("#this", "#preview-image"), image.stream().map(LinkRow::semantics).toList());
    }

    @Test
    void unknownIdsGiveOneFaultRowAndRowsHaveOneTarget() {
        LinkRow r = LinkFactory.unknown("nope");
        assertTrue(r.errorMessage().startsWith("NotFoundFault: "));
        assertEquals("#this", r.semantics());
        assertThrows(IllegalArgumentException.class, () -> new LinkRow("i", "u", "s", null, null, "#this", null, null));
        assertThrows(IllegalArgumentException.class, () -> new LinkRow("i", null, null, null, null, "#this", null, null));
    }

    @Test
    void storedPathsCannotLeaveTheDataDirectory() {
        ProductFiles files = new ProductFiles(new ArchiveLayout("ivo://t.org", "http://h/vo", data));
        ProductInfo evil = new ProductInfo("d", "c", "o", "../../etc/passwd", "../x", null, null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> files.product(evil));
        assertThrows(IllegalArgumentException.class, () -> files.original(evil));
        assertEquals(Path.of("/srv/orig.fits"), files.original(new ProductInfo("d", "c", "o", "p.fits", "/srv/orig.fits",
            null, null, null, null, null)), "an original left in place by the ingest is served from there");
    }

    @Test
    void descriptorsAreWhatPyvoLooksFor() {
        ArchiveUrls urls = new ArchiveUrls(new ArchiveLayout("ivo://t.org", "http://h/vo", data));
        String links = DescriptorXml.render(Descriptors.links(urls, "pubdid"));
        assertTrue(links.startsWith("<RESOURCE type=\"meta\" utype=\"adhoc:service\""), links);
        assertTrue(links.contains("<PARAM name=\"accessURL\" datatype=\"char\" arraysize=\"*\" value=\"http://h/vo/datalink/links\"/>"));
        assertTrue(links.contains("<GROUP name=\"inputParams\">"));
        assertTrue(links.contains("value=\"\" ref=\"pubdid\""));
        String cut = DescriptorXml.render(Descriptors.cutout(urls, product(null), "cutout-7"));
        assertTrue(cut.contains("ID=\"cutout-7\""));
        assertTrue(cut.contains("value=\"ivo://t.org/archive?c/o+1\""), "the ID is fixed, as SODA descriptors do");
        assertTrue(cut.contains("<MIN value=\"4.0E-7\"/>") && cut.contains("<MAX value=\"9.0E-7\"/>"), cut);
        assertTrue(cut.contains("ivo://ivoa.net/std/SODA#sync-1.0"));
    }
}
