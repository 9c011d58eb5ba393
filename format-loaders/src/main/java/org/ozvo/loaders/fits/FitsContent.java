package org.ozvo.loaders.fits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Data;
import nom.tam.fits.FitsFactory;
import nom.tam.fits.ImageData;
import nom.tam.fits.PaddingException;
import nom.tam.util.FitsInputStream;
import org.ozvo.loaders.spi.SourceFile;
import nom.tam.fits.Header;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Every HDU of a FITS file, headers and data, read completely into memory (survey spectrum
 * files are well under a few MB). Reading from a byte stream makes nom-tam-fits read data
 * eagerly, so a truncated or corrupt file fails here, with a {@link LoaderException}, rather
 * than later in the middle of a product. Immutable.
 */
public final class FitsContent {

    private final Path path;
    private final List<BasicHDU<?>> hdus;

    private FitsContent(Path path, List<BasicHDU<?>> hdus) {
        this.path = path;
        this.hdus = hdus;
    }

    /**
     * Reads a whole file.
     *
     * @throws LoaderException if the file cannot be read, is not FITS, or is truncated
     */
    public static FitsContent read(Path path) throws LoaderException {
        return read(SourceFile.of(path));
    }

    /**
     * Reads a whole file, reusing the bytes and header scan the source already holds (e.g.
     * from detection): headers are parsed once per file, the data of each HDU is decoded from
     * the bytes in memory.
     *
     * @throws LoaderException if the file cannot be read, is not FITS, or is truncated
     */
    public static FitsContent read(SourceFile source) throws LoaderException {
        Path path = source.path();
        HeaderScan scan;
        byte[] bytes;
        try {
            bytes = source.content();
            scan = source.headerScan();
        } catch (IOException | UncheckedIOException e) {
            throw new LoaderException("cannot read " + path.getFileName() + ": " + e.getMessage(), e);
        }
        if (!scan.isFits()) {
            throw new LoaderException(path.getFileName() + " is " + scan.describe());
        }
        if (scan.problem() != null) {
            throw new LoaderException(path.getFileName() + ": " + scan.problem());
        }
        try {
            List<BasicHDU<?>> hdus = new ArrayList<>(scan.size());
            for (int i = 0; i < scan.size(); i++) {
                // The scanned header itself (loaders only read headers; nothing modifies them).
                Header header = scan.header(i);
                Data data = header.makeData();
                int offset = (int) scan.dataOffset(i);
                Optional<Object> pixels = data instanceof ImageData ? ImageKernel.decode(header, bytes, offset)
                    : Optional.empty();
                if (pixels.isPresent()) {
                    data = new ImageData(pixels.get());
                } else {
                    // A stream (not random access) makes nom-tam-fits read the data eagerly.
                    try (FitsInputStream in = new FitsInputStream(
                            new ByteArrayInputStream(bytes, offset, bytes.length - offset))) {
                        data.read(in);
                    } catch (PaddingException e) {
                        // the last HDU's data may lack its final padding; the data itself is complete
                    }
                }
                hdus.add(FitsFactory.hduFactory(header, data));
            }
            return new FitsContent(path, List.copyOf(hdus));
        } catch (IOException | RuntimeException e) {
            throw new LoaderException(path.getFileName() + ": corrupt FITS data: " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /** File name without directories. */
    public String fileName() {
        return path.getFileName().toString();
    }

    /** The headers as a {@link HeaderScan}, so layout checks run on the same rules as detection. */
    public HeaderScan scan() {
        return HeaderScan.of(hdus.stream().<Header>map(BasicHDU::getHeader).toList());
    }

    public int size() {
        return hdus.size();
    }

    public BasicHDU<?> hdu(int i) {
        return hdus.get(i);
    }

    public Header header(int i) {
        return hdus.get(i).getHeader();
    }

    /** Keyword access to HDU {@code i}, named in errors as in {@link #where(int)}. */
    public Keywords keywords(int i) {
        return new Keywords(header(i), where(i));
    }

    /** How error messages name HDU {@code i}: {@code file.fits HDU 5 (SPECTRUM V)}. */
    public String where(int i) {
        return fileName() + " " + describe(i);
    }

    /** The trimmed EXTNAME of HDU {@code i}, or empty. */
    public String extName(int i) {
        String e = header(i).getStringValue("EXTNAME");
        return e == null ? "" : e.trim();
    }

    /** Index of the first HDU whose EXTNAME equals {@code name} (ignoring case and blanks). */
    public Optional<Integer> indexOf(String name) {
        for (int i = 0; i < hdus.size(); i++) {
            if (extName(i).equalsIgnoreCase(name.trim())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** {@code HDU 5 (SPECTRUM V)}, or {@code HDU 0} when unnamed: how messages and origins name an HDU. */
    public String describe(int i) {
        String ext = extName(i);
        return ext.isEmpty() ? "HDU " + i : "HDU " + i + " (" + ext + ")";
    }

    /** The data of HDU {@code i} as a row-major matrix of doubles; see {@link ImageArrays}. */
    public double[][] matrix(int i) throws LoaderException {
        return ImageArrays.matrix(hdus.get(i), where(i));
    }

    /** The data of a one-dimensional HDU {@code i}; see {@link ImageArrays}. */
    public double[] vector(int i) throws LoaderException {
        return ImageArrays.vector(hdus.get(i), where(i));
    }
}
