package org.ozvo.loaders.fits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nom.tam.fits.Header;
import nom.tam.util.FitsFile;

/**
 * The headers of every HDU of a file, read without the data: what loaders look at to decide
 * whether they recognise a file. Never throws for a malformed file; it reports what it found
 * ({@link #isFits()}, {@link #problem()}). Immutable once built.
 */
public final class HeaderScan {

    private final List<Header> headers;
    private final long[] dataOffsets;
    private final String problem;

    private HeaderScan(List<Header> headers, long[] dataOffsets, String problem) {
        this.headers = List.copyOf(headers);
        this.dataOffsets = dataOffsets;
        this.problem = problem;
    }

    /**
     * Scans a file.
     *
     * @throws IOException only if the file cannot be opened at all (missing, unreadable)
     */
    public static HeaderScan of(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a regular file: " + file);
        }
        return scan(new FitsFile(file.toFile(), "r"));
    }

    /** Scans a whole file already in memory (never throws for a malformed one). */
    public static HeaderScan of(byte[] content) {
        try {
            return scan(new FitsFile(new ByteArrayFileIO(content), 2880));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HeaderScan scan(FitsFile file) throws IOException {
        List<Header> found = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        String problem = null;
        try (FitsFile in = file) {
            long length = in.length();
            while (in.getFilePointer() < length) {
                long at = in.getFilePointer();
                Header h;
                try {
                    h = Header.readHeader(in);
                } catch (IOException | RuntimeException e) {
                    h = null;
                }
                if (h == null) {
                    problem = found.isEmpty() ? "not a FITS file (no valid primary header)"
                        : "unreadable or truncated header of HDU " + found.size() + " at byte " + at;
                    break;
                }
                found.add(h);
                long start = in.getFilePointer();
                offsets.add(start);
                long end = start + h.getDataSize();
                if (end > length) {
                    problem = "file truncated in the data of HDU " + (found.size() - 1) + " (" + length
                        + " bytes, at least " + end + " needed)";
                    break;
                }
                in.seek(end);
            }
        } catch (IOException e) {
            if (found.isEmpty()) {
                throw e;
            }
            problem = "read error after HDU " + (found.size() - 1) + ": " + e.getMessage();
        }
        if (found.isEmpty() && problem == null) {
            problem = "empty file (0 bytes)";
        }
        return new HeaderScan(found, offsets.stream().mapToLong(Long::longValue).toArray(), problem);
    }

    /** Byte offset in the file of the data of HDU {@code i} (just after its header). */
    long dataOffset(int i) {
        return dataOffsets[i];
    }

    /** A scan of headers already read (e.g. by {@link FitsContent}); complete by definition. */
    static HeaderScan of(List<Header> headers) {
        return new HeaderScan(headers, new long[headers.size()], headers.isEmpty() ? "empty file" : null);
    }

    /** True if the file starts with a FITS primary header. */
    public boolean isFits() {
        return !headers.isEmpty() && headers.get(0).getBooleanValue("SIMPLE", false);
    }

    /** What is wrong with the file structure, or null when every HDU was complete. */
    public String problem() {
        return problem;
    }

    public int size() {
        return headers.size();
    }

    /** Header of HDU {@code i} (0 = primary). Do not modify it. */
    public Header header(int i) {
        return headers.get(i);
    }

    public List<Header> headers() {
        return headers;
    }

    /** Keyword access to HDU {@code i}. */
    public Keywords keywords(int i) {
        return new Keywords(headers.get(i), "HDU " + i);
    }

    /** One line describing the file for error messages, e.g. {@code FITS, 3 HDUs: [0] 49x49, [1] SPECTRUM 1024x3}. */
    public String describe() {
        if (!isFits()) {
            return problem == null ? "not a FITS file" : problem;
        }
        StringBuilder sb = new StringBuilder("FITS, ").append(headers.size()).append(" HDU(s):");
        for (int i = 0; i < headers.size() && i < 8; i++) {
            Header h = headers.get(i);
            sb.append(i == 0 ? " " : ", ").append('[').append(i).append(']');
            String ext = h.getStringValue("EXTNAME");
            if (ext != null && !ext.isBlank()) {
                sb.append(' ').append(ext.trim());
            }
            sb.append(' ').append(shape(h));
        }
        if (headers.size() > 8) {
            sb.append(", ...");
        }
        if (problem != null) {
            sb.append("; ").append(problem);
        }
        return sb.toString();
    }

    static String shape(Header h) {
        int naxis = h.getIntValue("NAXIS", 0);
        if (naxis == 0) {
            return "no data";
        }
        StringBuilder sb = new StringBuilder();
        for (int a = 1; a <= naxis; a++) {
            if (a > 1) {
                sb.append('x');
            }
            sb.append(h.getIntValue("NAXIS" + a, 0));
        }
        String xt = h.getStringValue("XTENSION");
        if (xt != null && !xt.trim().equals("IMAGE")) {
            sb.append(' ').append(xt.trim());
        }
        return sb.toString();
    }
}
