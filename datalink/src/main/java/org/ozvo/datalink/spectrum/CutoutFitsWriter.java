package org.ozvo.datalink.spectrum;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Set;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.ImageData;
import nom.tam.util.Cursor;
import nom.tam.util.FitsOutputStream;
import org.ozvo.dali.value.Interval;

/**
 * Writes a spectral cut-out in the archive's simplified FITS layout: the kept pixels of the
 * flux (and VARIANCE) with every header keyword of the original, the wavelength WCS moved to
 * the first kept pixel ({@code CRPIX1 = 1}), the {@code WMIN/WMAX/WMID} family recomputed, a
 * HISTORY card naming the band, and fresh CHECKSUM/DATASUM. Stateless.
 */
public final class CutoutFitsWriter {

    /** Structural and checksum keywords nom-tam writes itself. */
    private static final Set<String> STRUCTURAL = Set.of("SIMPLE", "XTENSION", "BITPIX", "NAXIS", "NAXIS1", "EXTEND",
        "PCOUNT", "GCOUNT", "CHECKSUM", "DATASUM", "END");

    private CutoutFitsWriter() {
    }

    /**
     * Writes pixels {@code cut} of {@code s}. Does not close {@code out}.
     *
     * @param band the requested band, for the HISTORY card
     */
    public static void write(SpectrumFile s, BandCut.Pixels cut, Interval band, OutputStream out) throws IOException {
        try (Fits fits = new Fits()) {
            BasicHDU<?> primary = ImageData.from(Arrays.copyOfRange(s.flux(), cut.from(), cut.to())).toHDU();
            Header h = primary.getHeader();
            copyCards(s.header(), h);
            moveWcs(s, cut, h);
            updateRanges(s, cut, h);
            Cursor<String, HeaderCard> end = h.iterator();
            end.end();
            // HISTORY cards hold at most 72 characters each.
            end.add(HeaderCard.createHistoryCard("Cut to BAND " + band.toDali() + " m,"));
            end.add(HeaderCard.createHistoryCard("vacuum wavelength; kept pixels " + (cut.from() + 1) + " to "
                + cut.to() + " of " + s.length() + "."));
            fits.addHDU(primary);
            if (s.variance() != null) {
                BasicHDU<?> var = ImageData.from(Arrays.copyOfRange(s.variance(), cut.from(), cut.to())).toHDU();
                copyCards(s.varianceHeader(), var.getHeader());
                moveWcs(s, cut, var.getHeader());
                fits.addHDU(var);
            }
            fits.setChecksum();
            try (FitsOutputStream fos = new FitsOutputStream(new NonClosing(out))) {
                fits.write(fos);
            }
        } catch (FitsException e) {
            throw new IOException("cannot write the cut-out: " + e.getMessage(), e);
        }
    }

    private static void copyCards(Header from, Header to) {
        Cursor<String, HeaderCard> it = from.iterator();
        while (it.hasNext()) {
            HeaderCard card = it.next();
            String key = card.getKey();
            if (key == null || STRUCTURAL.contains(key.trim())) {
                continue;
            }
            to.addLine(card.copy());
        }
    }

    private static void moveWcs(SpectrumFile s, BandCut.Pixels cut, Header h) throws FitsException {
        setOrAdd(h, "CRPIX1", 1.0, "reference pixel");
        setOrAdd(h, "CRVAL1", s.wavelength(cut.from()), "[Angstrom] wavelength of the reference pixel");
    }

    /** Updates a keyword in place, keeping the card order, or appends it. */
    private static void setOrAdd(Header h, String key, double value, String comment) throws FitsException {
        HeaderCard card = h.findCard(key);
        if (card != null) {
            card.setValue(value);
        } else {
            h.addValue(key, value, comment);
        }
    }

    private static void updateRanges(SpectrumFile s, BandCut.Pixels cut, Header h) throws FitsException {
        double wmin = s.wavelength(cut.from());
        double wmax = s.wavelength(cut.to() - 1);
        update(h, "WMIN", wmin);
        update(h, "WMAX", wmax);
        update(h, "WMID", (wmin + wmax) / 2);
        if (h.containsKey("Z")) {
            double z = h.getDoubleValue("Z");
            update(h, "WMINREST", wmin / (1 + z));
            update(h, "WMAXREST", wmax / (1 + z));
            update(h, "WMIDREST", (wmin + wmax) / 2 / (1 + z));
        }
    }

    /** Replaces the value of a keyword that is present, keeping its comment. */
    private static void update(Header h, String key, double value) throws FitsException {
        HeaderCard card = h.findCard(key);
        if (card != null) {
            card.setValue(value);
        }
    }

    /** Lets nom-tam close its stream without closing the caller's. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
