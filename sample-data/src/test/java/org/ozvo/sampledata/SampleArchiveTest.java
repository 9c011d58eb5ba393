package org.ozvo.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleArchiveTest {

    private static final int PER_SURVEY = 40;

    @TempDir
    static Path tmp;
    private static SampleManifest manifest;

    @BeforeAll
    static void generate() throws IOException {
        manifest = SampleArchive.generate(tmp.resolve("archive"), PER_SURVEY, 20240901L);
    }

    @Test
    void sameSizeAndSeedGiveByteIdenticalFiles() throws IOException {
        SampleManifest again = SampleArchive.generate(tmp.resolve("again"), PER_SURVEY, 20240901L);
        Map<String, byte[]> first = contents(manifest.root());
        Map<String, byte[]> second = contents(again.root());
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            assertArrayEquals(first.get(name), second.get(name), name);
        }
        assertTrue(first.containsKey(SampleManifest.FILE_NAME));
    }

    @Test
    void outputDoesNotDependOnLocaleOrTimeZone() throws IOException {
        SampleManifest base = SampleArchive.generate(tmp.resolve("locale-base"), 4, 77L);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            // Arabic digits and a comma decimal separator would break FITS cards if any slipped in.
            Locale.setDefault(Locale.forLanguageTag("ar-SA"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            SampleManifest other = SampleArchive.generate(tmp.resolve("locale-other"), 4, 77L);
            Map<String, byte[]> a = contents(base.root());
            Map<String, byte[]> b = contents(other.root());
            assertEquals(a.keySet(), b.keySet());
            a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void anotherSeedGivesOtherData() throws IOException {
        SampleManifest other = SampleArchive.generate(tmp.resolve("other"), 5, 1L);
        SampleManifest same = SampleArchive.generate(tmp.resolve("same"), 5, 20240901L);
        Map<String, byte[]> a = contents(other.root());
        Map<String, byte[]> b = contents(same.root());
        long differing = a.keySet().stream().filter(b::containsKey)
            .filter(k -> !java.util.Arrays.equals(a.get(k), b.get(k))).count();
        assertTrue(differing > 0 || !a.keySet().equals(b.keySet()));
    }

    @Test
    void regeneratingReplacesThePreviousGenerationButNotForeignData() throws IOException {
        Path dir = tmp.resolve("regen");
        SampleArchive.generate(dir, 3, 5L);
        Files.writeString(dir.resolve("2dfgrs/stale.fits"), "left over");
        SampleManifest second = SampleArchive.generate(dir, 3, 5L);
        assertFalse(Files.exists(dir.resolve("2dfgrs/stale.fits")));
        assertEquals(second.files().size(), second.files().stream().filter(f -> Files.exists(f.path())).count());

        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign.resolve("gama"));
        assertThrows(IllegalStateException.class, () -> SampleArchive.generate(foreign, 3, 5L));
        assertThrows(IllegalArgumentException.class, () -> SampleArchive.generate(tmp.resolve("zero"), 0, 5L));
    }

    @Test
    void spectraPerSurveyMatchTheRequestedSize() {
        assertEquals(PER_SURVEY, manifest.expectedProducts("2dfgrs"));
        assertEquals(PER_SURVEY, manifest.expectedProducts("gama"));
        assertEquals(PER_SURVEY, manifest.expectedProducts("wigglez"));
        int ozdes = manifest.expectedProducts("ozdes");
        assertTrue(ozdes >= PER_SURVEY && ozdes <= PER_SURVEY + 1, "ozdes " + ozdes);
        long combined = manifest.forSurvey("6dfgs").stream()
            .filter(f -> !f.broken() && f.path().getFileName().toString().matches("all-[a-z][0-9+-]+\\.fits")).count();
        int sixdfSpectra = manifest.expectedProducts("6dfgs") - 5 * (int) combined;
        assertTrue(sixdfSpectra >= PER_SURVEY && sixdfSpectra <= PER_SURVEY + 5, "6dfgs spectra " + sixdfSpectra);
    }

    @Test
    void manifestListsEveryFileAndOnlyThose() throws IOException {
        Set<String> onDisk;
        try (Stream<Path> walk = Files.walk(manifest.root())) {
            onDisk = walk.filter(Files::isRegularFile).map(p -> manifest.root().relativize(p).toString().replace('\\', '/'))
                .filter(n -> !n.equals(SampleManifest.FILE_NAME)).collect(Collectors.toSet());
        }
        Set<String> listed = manifest.files().stream().map(manifest::relativeName).collect(Collectors.toSet());
        assertEquals(onDisk, listed);
        String json = Files.readString(manifest.root().resolve(SampleManifest.FILE_NAME), StandardCharsets.UTF_8);
        assertEquals(manifest.files().size(), json.split("\"path\": ", -1).length - 1);
        for (String name : listed) {
            assertTrue(json.contains("\"path\": \"" + name + "\""), name);
        }
        Set<String> ids = manifest.files().stream().map(SampleFile::surveyId).collect(Collectors.toSet());
        assertEquals(Set.of("2dfgrs", "6dfgs", "gama", "ozdes", "wigglez", "unknown"), ids);
        manifest.files().forEach(manifest::readingOf);
    }

    @Test
    void brokenFilesCoverEveryKindOfDamage() {
        List<String> broken = manifest.brokenFiles().stream().map(SampleFile::description).toList();
        assertTrue(broken.stream().anyMatch(d -> d.contains("truncated")), broken.toString());
        assertTrue(broken.stream().anyMatch(d -> d.contains("lacks CRVAL1") || d.contains("without CRVAL1")));
        assertTrue(broken.stream().anyMatch(d -> d.contains("no survey layout")));
        assertTrue(broken.stream().anyMatch(d -> d.contains("not FITS")));
        assertTrue(manifest.brokenFiles().stream().allMatch(f -> f.expectedProducts() == 0));
        assertTrue(manifest.brokenFiles().stream().allMatch(f -> manifest.readingOf(f).fails()));
    }

    /** Counts products from the files themselves with nom-tam-fits, independently of the generator. */
    @Test
    void expectedProductsAgreeWithTheFileStructure() throws Exception {
        for (SampleFile f : manifest.goodFiles()) {
            try (Fits fits = new Fits(f.path().toFile())) {
                BasicHDU<?>[] hdus = fits.read();
                assertEquals(f.expectedProducts(), countProducts(f, hdus), f.path() + ": " + f.description());
            }
        }
    }

    private static int countProducts(SampleFile f, BasicHDU<?>[] hdus) {
        String name = f.path().getFileName().toString();
        return switch (f.surveyId()) {
            case "2dfgrs" -> count(hdus, "SPECTRUM", true);
            case "6dfgs" -> hdus.length >= 8 ? count(hdus, "SPECTRUM ", false) + countSuffix(hdus, " image") : 1;
            case "ozdes" -> 1 + count(hdus, "SPECTRUM_", false);
            case "gama" -> hdus[0].getHeader().containsKey("GAMANAME") ? 1 : -1;
            case "wigglez" -> name.startsWith("wig") && hdus[0].getHeader().containsKey("REFCODE") ? 1 : -1;
            default -> -1;
        };
    }

    private static int count(BasicHDU<?>[] hdus, String extname, boolean exact) {
        int n = 0;
        for (BasicHDU<?> h : hdus) {
            String e = h.getHeader().getStringValue("EXTNAME");
            if (e != null && (exact ? e.equals(extname) : e.startsWith(extname))) {
                n++;
            }
        }
        return n;
    }

    private static int countSuffix(BasicHDU<?>[] hdus, String suffix) {
        int n = 0;
        for (BasicHDU<?> h : hdus) {
            String e = h.getHeader().getStringValue("EXTNAME");
            if (e != null && e.endsWith(suffix)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void positionsAreSouthernOrEquatorialAndSpreadInRa() throws Exception {
        Map<String, double[]> raRange = new HashMap<>();
        for (SampleFile f : manifest.goodFiles()) {
            try (Fits fits = new Fits(f.path().toFile())) {
                BasicHDU<?>[] hdus = fits.read();
                double[] pos = position(hdus);
                assertTrue(pos != null, "no position keywords in " + f.path());
                assertTrue(pos[1] < 10.0, f.path() + " dec " + pos[1]);
                raRange.merge(f.surveyId(), new double[] {pos[0], pos[0]},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
        }
        for (String survey : SampleArchive.SURVEYS) {
            double[] r = raRange.get(survey);
            // OzDES targets cluster in the DES deep fields (RA 7-55 deg); the others span the sky.
            double minimum = survey.equals("ozdes") ? 15 : 60;
            assertTrue(r[1] - r[0] > minimum, survey + " RA spread " + r[0] + ".." + r[1]);
        }
    }

    /** The first position keyword pair found, in the order the surveys use them. */
    private static double[] position(BasicHDU<?>[] hdus) {
        String[][] keys = {{"SBRA", "SBDEC"}, {"RA_OBJ", "DEC_OBJ"}, {"OBSRA", "OBSDEC"}, {"RA", "DEC"}};
        for (String[] k : keys) {
            for (BasicHDU<?> h : hdus) {
                Header header = h.getHeader();
                if (header.containsKey(k[0]) && header.containsKey(k[1])) {
                    return new double[] {header.getDoubleValue(k[0]), header.getDoubleValue(k[1])};
                }
            }
        }
        return null;
    }

    @Test
    void samplesContainTheEdgeCasesLoadersMustHandle() {
        List<String> d = manifest.goodFiles().stream().map(SampleFile::description).toList();
        assertTrue(d.stream().anyMatch(s -> s.contains("stamp + 3 SPECTRUM HDUs")), "2dFGRS with 3 spectra");
        assertTrue(d.stream().anyMatch(s -> s.contains("postage stamp only")), "2dFGRS stamp-only");
        assertTrue(d.stream().anyMatch(s -> s.contains("2 x (V, R, VR)")), "6dFGS with two observations");
        assertTrue(d.stream().anyMatch(s -> s.contains("tabular")) && d.stream().anyMatch(s -> s.contains("split")));
        assertTrue(d.stream().anyMatch(s -> s.contains("without BUNIT/REFERENC")), "OzDES without units");
        assertTrue(d.stream().anyMatch(s -> s.contains("stale CTYPE2")), "OzDES stale axis");
        assertTrue(d.stream().anyMatch(s -> s.contains("target also in an earlier file")), "OzDES multi-epoch target");
        for (String copy : List.of("a 2dFGRS", "a WiggleZ", "an MGC", "a 2QZ", "a 2SLAQ", "a Liverpool", "an SDSS",
            "a 6dFGS")) {
            assertTrue(d.stream().anyMatch(s -> s.startsWith("GAMA copy of " + copy)), copy);
        }
        assertTrue(d.stream().anyMatch(s -> s.contains("z=-9")), "failed redshifts");
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> map = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                map.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return map;
    }
}
