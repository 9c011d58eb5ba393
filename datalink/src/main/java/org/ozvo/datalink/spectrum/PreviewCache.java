package org.ozvo.datalink.spectrum;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Preview plots rendered once and kept under the data directory ({@code cache/previews/...},
 * see {@code ProductFiles#preview}). A missing plot is rendered and written to a temporary
 * file that is then moved into place, so concurrent requests never see a half-written PNG.
 * Thread-safe.
 */
public final class PreviewCache {

    /** Makes the PNG bytes of a preview. */
    @FunctionalInterface
    public interface Renderer {
        byte[] render() throws IOException;
    }

    private PreviewCache() {
    }

    /**
     * The cached preview, rendered first if needed.
     *
     * @param cached   where the PNG is kept
     * @param renderer makes it when it is missing
     * @return the PNG file
     */
    public static Path get(Path cached, Renderer renderer) throws IOException {
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        byte[] png = renderer.render();
        Files.createDirectories(cached.getParent());
        Path tmp = Files.createTempFile(cached.getParent(), ".preview-", ".tmp");
        try {
            Files.write(tmp, png);
            try {
                Files.move(tmp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return cached;
    }

    /** A spectrum plot of a simplified 1D FITS. */
    public static Renderer spectrum(Path product, String title) {
        return () -> PreviewPlot.render(SpectrumFile.read(product), title);
    }

    /** A grey-scale view of a FITS image. */
    public static Renderer image(Path product) {
        return () -> PreviewImage.render(product);
    }
}
