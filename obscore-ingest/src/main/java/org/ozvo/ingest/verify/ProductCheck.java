package org.ozvo.ingest.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsIntegrityException;
import nom.tam.fits.Header;

/** Checks one product file: a readable FITS whose HDUs carry valid CHECKSUM and DATASUM. */
final class ProductCheck {

    private ProductCheck() {
    }

    /** The problem with the file, or empty if it is sound. */
    static Optional<Finding> check(Path file, String subject) {
        if (!Files.isRegularFile(file)) {
            return Optional.of(new Finding(Finding.Kind.PRODUCT_MISSING, subject, "no file " + file));
        }
        try (Fits fits = new Fits(file.toFile())) {
            fits.verifyIntegrity();
            // verifyIntegrity() has read every HDU, so fetch the primary one by index (a
            // further readHDU() would return null).
            BasicHDU<?> primary = fits.getHDU(0);
            if (primary == null) {
                return Optional.of(new Finding(Finding.Kind.PRODUCT_UNREADABLE, subject, "no HDU in " + file));
            }
            Header header = primary.getHeader();
            if (!header.containsKey("CHECKSUM") || !header.containsKey("DATASUM")) {
                return Optional.of(new Finding(Finding.Kind.CHECKSUM_MISSING, subject,
                    "no CHECKSUM/DATASUM in the primary header of " + file));
            }
            return Optional.empty();
        } catch (FitsIntegrityException e) {
            return Optional.of(new Finding(Finding.Kind.CHECKSUM_INVALID, subject, e.getMessage() + ": " + file));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Finding(Finding.Kind.PRODUCT_UNREADABLE, subject, "cannot read " + file + ": "
                + e.getMessage()));
        }
    }
}
