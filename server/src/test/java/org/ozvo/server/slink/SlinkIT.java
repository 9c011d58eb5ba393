package org.ozvo.server.slink;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ozvo.server.testing.ArchiveFixture;
import org.ozvo.server.testing.VoTableDoc;
import org.ozvo.server.testing.Votlint;

/** The spectrum service: formats, BAND cuts, originals, previews and its errors. */
class SlinkIT {

    private static ArchiveFixture fixture;
    private static String did;
    private static double emMin;
    private static double emMax;

    @BeforeAll
    static void archive() {
        fixture = ArchiveFixture.get();
        List<String> row = fixture.column("SELECT obs_publisher_did || ' ' || em_min || ' ' || em_max FROM ivoa.obscore"
            + " WHERE obs_collection = ? AND dataproduct_subtype = 'combined' ORDER BY 1 LIMIT 1",
            fixture.collection("ozdes"));
        String[] parts = row.get(0).split(" ");
        did = parts[0];
        emMin = Double.parseDouble(parts[1]);
        emMax = Double.parseDouble(parts[2]);
    }

    private static Response slink(String... nameValues) {
        var spec = given().baseUri(fixture.baseUrl());
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            spec = spec.queryParam(nameValues[i], nameValues[i + 1]);
        }
        return spec.when().get("/slink");
    }

    private static BasicHDU<?>[] fits(byte[] bytes) throws Exception {
        try (Fits f = new Fits(new ByteArrayInputStream(bytes))) {
            return f.read();
        }
    }

    @Test
    void votableByDefaultWithSpectralUtypesUnitsAndUcds() {
        Response r = slink("ID", did);
        r.then().statusCode(200).contentType(startsWith("application/x-votable+xml"))
            .header("Content-Disposition", containsString(".vot"));
        byte[] body = r.asByteArray();
        Votlint.assertClean(body, "slink VOTable");
        VoTableDoc doc = VoTableDoc.parse(body);
        assertEquals("spec:Spectrum.Data.SpectralAxis.Value", doc.fields().get(0).get("utype"));
        assertEquals("em.wl", doc.fields().get(0).get("ucd"));
        assertEquals("Angstrom", doc.fields().get(0).get("unit"));
        assertEquals("spec:Spectrum.Data.FluxAxis.Value", doc.fields().get(1).get("utype"));
        assertEquals("spec:Spectrum.Data.FluxAxis.Accuracy.StatError", doc.fields().get(2).get("utype"));
        assertTrue(doc.rows().size() > 1000);
        double first = Double.parseDouble(doc.values("wavelength").get(0)) * 1e-10;
        // the file is in air wavelengths, em_min is vacuum: within 3 Angstrom
        assertEquals(emMin, first, 3e-10);
    }

    @Test
    void fitsIsTheSimplifiedProductUnchanged() throws Exception {
        Response r = slink("ID", did, "RESPONSEFORMAT", "fits");
        r.then().statusCode(200).contentType(equalTo("application/fits"))
            .header("Content-Disposition", containsString("attachment"));
        byte[] body = r.asByteArray();
        assertEquals(Long.parseLong(r.header("Content-Length")), body.length);
        byte[] file = java.nio.file.Files.readAllBytes(fixture.dataDir().resolve(fixture.column(
            "SELECT product_path FROM ivoa.obscore WHERE obs_publisher_did = ?", did).get(0)));
        assertTrue(java.util.Arrays.equals(file, body), "served bytes equal the product file");
        slink("ID", did, "RESPONSEFORMAT", "application/fits").then().statusCode(200).contentType("application/fits");
    }

    @Test
    void bandCutsInBothFormats() throws Exception {
        double lo = emMin + (emMax - emMin) * 0.4;
        double hi = emMin + (emMax - emMin) * 0.5;
        String band = lo + " " + hi;
        BasicHDU<?>[] cut = fits(slink("ID", did, "RESPONSEFORMAT", "fits", "BAND", band)
            .then().statusCode(200).extract().asByteArray());
        double w0 = cut[0].getHeader().getDoubleValue("CRVAL1") * 1e-10;
        int n = cut[0].getHeader().getIntValue("NAXIS1");
        double w1 = w0 + (n - 1) * cut[0].getHeader().getDoubleValue("CDELT1") * 1e-10;
        assertEquals(lo, w0, 3e-10);
        assertEquals(hi, w1, 3e-10);
        byte[] vot = slink("ID", did, "BAND", band).then().statusCode(200).extract().asByteArray();
        Votlint.assertClean(vot, "cut VOTable");
        assertEquals(n, VoTableDoc.parse(vot).rows().size());
        // pyvo writes open ends as inf
        byte[] open = slink("ID", did, "BAND", hi + " inf").then().statusCode(200).extract().asByteArray();
        assertTrue(VoTableDoc.parse(open).rows().size() > n);
        slink("ID", did, "BAND", "1e-9 2e-9").then().statusCode(204);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown ID|ID|ivo://demo.ozvo.org/archive?it_ozdes_dr2/nothing|404|Error: ",
        "path traversal|ID|../../../../etc/passwd|404|Error: ",
        "absolute path|ID|/etc/passwd|404|Error: ",
        "malformed BAND|BAND|five to six|400|UsageError: ",
        "inverted BAND|BAND|6e-7 5e-7|400|UsageError: ",
        "negative BAND|BAND|-6e-7 -5e-7|400|UsageError: ",
        "bad format|RESPONSEFORMAT|text/html|400|UsageError: "})
    void badRequestsGiveClearErrorsWithTheRightStatus(String what, String param, String value, int status, String prefix) {
        Response r = param.equals("ID") ? slink("ID", value) : slink("ID", did, param, value);
        r.then().statusCode(status).contentType(startsWith("text/plain")).body(startsWith(prefix));
        assertTrue(!r.asString().contains("root:"), "no file content leaks");
    }

    @Test
    void missingOrRepeatedIdIsRefused() {
        given().baseUri(fixture.baseUrl()).when().get("/slink").then().statusCode(400).body(startsWith("UsageError"));
        slink("ID", did, "ID", did + "x").then().statusCode(400).body(startsWith("MultiValuedParamNotSupported"));
    }

    @Test
    void originalAndPreview() throws Exception {
        Response orig = given().baseUri(fixture.baseUrl()).queryParam("ID", did).when().get("/slink/original");
        orig.then().statusCode(200).contentType("application/fits");
        assertTrue(fits(orig.asByteArray()).length > 3, "the OzDES original has coadd and epoch HDUs");
        Response png = given().baseUri(fixture.baseUrl()).queryParam("ID", did).when().get("/slink/preview");
        png.then().statusCode(200).contentType("image/png");
        assertEquals(800, ImageIO.read(new ByteArrayInputStream(png.asByteArray())).getWidth());
        given().baseUri(fixture.baseUrl()).queryParam("ID", "nope").when().get("/slink/preview").then().statusCode(404);
    }
}
