package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.FitsException;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.FitsFileWriter;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.ImageModel;
import org.ozvo.sampledata.synth.Rng;

/**
 * Broken files that belong to no survey ({@code surveyId = unknown}), as they turn up in
 * real archive directories: a valid FITS file of no known layout (a CCD bias frame with an
 * observing-log table), an HTML error page saved under a {@code .fits} name, and an empty
 * file. Ignores the spectra count.
 */
public final class MisfitGenerator implements SurveyGenerator {

    @Override
    public String surveyId() {
        return "unknown";
    }

    @Override
    public void generate(int spectra, Rng rng, SampleSink sink) throws IOException {
        writeBiasFrame(rng, sink);
        Path html = sink.path("unknown/spectrum_download.fits");
        Files.createDirectories(html.getParent());
        Files.writeString(html, """
            <!DOCTYPE html>
            <html><head><title>502 Bad Gateway</title></head>
            <body><h1>Bad Gateway</h1><p>The proxy server received an invalid response.</p></body>
            </html>
            """, StandardCharsets.US_ASCII);
        sink.broken(html, surveyId(), "BROKEN: not FITS at all, an HTML error page saved as .fits",
            ReferenceReading.unclaimed());
        Path empty = sink.path("unknown/empty.fits");
        Files.write(empty, new byte[0]);
        sink.broken(empty, surveyId(), "BROKEN: empty file (0 bytes)", ReferenceReading.unclaimed());
    }

    private void writeBiasFrame(Rng rng, SampleSink sink) throws IOException {
        ImageHDU frame = Hdus.image(ImageModel.toShort(ImageModel.field(64, 1000, 6, 0, 1, rng), 0, 4000));
        Cards.of(frame)
            .str("OBSTYPE", "BIAS", "Observation type")
            .str("INSTRUME", "WFI", "Wide Field Imager")
            .str("DATE-OBS", "2004-07-12T21:14:03", "UT start")
            .num("EXPTIME", 0.0, "Exposure time (s)");
        try {
            BinaryTable log = new BinaryTable();
            log.addColumn(new int[] {1, 2, 3});
            log.addColumn(new double[] {0.0, 0.0, 0.0});
            BinaryTableHDU table = log.toHDU();
            table.setColumnName(0, "FRAME", null);
            table.setColumnName(1, "EXPTIME", null);
            Cards.of(table).str("EXTNAME", "OBSLOG", null);
            Path file = sink.path("unknown/bias_0001.fits");
            FitsFileWriter.write(file, List.of(frame, table));
            sink.broken(file, surveyId(), "BROKEN: valid FITS of no survey layout (CCD bias frame + log table)",
                ReferenceReading.unclaimed());
        } catch (FitsException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
