package org.ozvo.server.slink;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.datalink.links.ProductFiles;
import org.ozvo.datalink.links.ProductInfo;
import org.ozvo.datalink.spectrum.BandCut;
import org.ozvo.datalink.spectrum.CutoutFitsWriter;
import org.ozvo.datalink.spectrum.PreviewCache;
import org.ozvo.datalink.spectrum.SpectrumFile;
import org.ozvo.datalink.spectrum.SpectrumVotable;
import org.ozvo.server.app.ServerSettings;
import org.ozvo.server.datalink.ProductLookup;

/**
 * The work behind {@link SlinkResource}: find the product, check the file, and stream it as
 * it is (FITS without BAND, the original, a cached preview) or converted (VOTable, cut FITS).
 * File paths come only from the database row and are resolved inside the data directory.
 * Thread-safe.
 */
@ApplicationScoped
public class SlinkService {

    private static final Logger LOG = Logger.getLogger(SlinkService.class.getName());

    @Inject
    ProductLookup lookup;

    @Inject
    ServerSettings settings;

    private ProductFiles files;

    @PostConstruct
    void init() {
        files = new ProductFiles(settings.layout());
    }

    /** The spectrum (or image) in the requested format, cut to BAND if given. */
    Response spectrum(SlinkRequest r) {
        ProductLookup.Found found = find(r.id());
        Path file = existing(productFile(found.info()), r.id());
        if (!found.isSpectrum()) {
            if (!r.fits() || r.band().isPresent()) {
                throw SodaError.usage(r.id() + " is an image: only RESPONSEFORMAT=fits without BAND is available");
            }
            return sendFile(file, r.contentType(), fileName(found.info(), "fits"), true);
        }
        if (r.fits() && r.band().isEmpty()) {
            return sendFile(file, r.contentType(), fileName(found.info(), "fits"), true);
        }
        SpectrumFile spectrum = read(file);
        BandCut.Pixels pixels = r.band().map(b -> BandCut.select(spectrum, b))
            .orElse(Optional.of(new BandCut.Pixels(0, spectrum.length())))
            .orElse(null);
        if (pixels == null) {
            return Response.noContent().build(); // SODA 1.0 section 5.1: no data in the band
        }
        if (r.fits()) {
            // Small (one spectrum): made before answering, so a failure is a clean error response.
            ByteArrayOutputStream fits = new ByteArrayOutputStream(8 * pixels.count() + 40_000);
            try {
                CutoutFitsWriter.write(spectrum, pixels, r.band().get(), fits);
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "cannot cut " + r.id(), e);
                throw SodaError.internal("the cut-out cannot be made");
            }
            return Response.ok(fits.toByteArray(), r.contentType()).header("Content-Length", fits.size())
                .header("Content-Disposition", disposition("attachment", fileName(found.info(), "fits"))).build();
        }
        TableResult table = SpectrumVotable.table(spectrum, pixels, found.info().label());
        StreamingOutput body = out -> {
            try (table) {
                TableWriterRegistry.standard().defaultFormat().writer().write(table, out);
            }
        };
        return Response.ok(body, r.contentType())
            .header("Content-Disposition", disposition("inline", fileName(found.info(), "vot"))).build();
    }

    /** The original file (DataLink #progenitor). */
    Response original(String id) {
        ProductLookup.Found found = find(id);
        Path original;
        try {
            original = files.original(found.info());
        } catch (IllegalArgumentException e) {
            throw SodaError.internal("the archive record of " + id + " is damaged");
        }
        if (original == null) {
            throw SodaError.notFound("the archive keeps no original file for " + id);
        }
        existing(original, id);
        String type = found.info().fullDataFormat() == null ? "application/octet-stream" : found.info().fullDataFormat();
        return sendFile(original, type, original.getFileName().toString(), true);
    }

    /** The preview PNG, rendered on first use. */
    Response preview(String id) {
        ProductLookup.Found found = find(id);
        ProductInfo p = found.info();
        Path product = existing(productFile(p), id);
        try {
            Path png = PreviewCache.get(files.preview(p), found.isSpectrum()
                ? PreviewCache.spectrum(product, p.label()) : PreviewCache.image(product));
            return sendFile(png, "image/png", fileName(p, "png"), false);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot render the preview of " + id, e);
            throw SodaError.internal("the preview of " + id + " cannot be made");
        }
    }

    private ProductLookup.Found find(String id) {
        return lookup.find(id).orElseThrow(() -> SodaError.notFound("no dataset with ID " + id));
    }

    private Path productFile(ProductInfo p) {
        try {
            return files.product(p);
        } catch (IllegalArgumentException e) {
            throw SodaError.internal("the archive record of " + p.publisherDid() + " is damaged");
        }
    }

    private static Path existing(Path file, String id) {
        if (file == null || !Files.isRegularFile(file)) {
            throw SodaError.notFound("the file of dataset " + id + " is not available");
        }
        return file;
    }

    private static SpectrumFile read(Path file) {
        try {
            return SpectrumFile.read(file);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "unreadable product " + file, e);
            throw SodaError.internal("the spectrum file cannot be read");
        }
    }

    private static Response sendFile(Path file, String contentType, String name, boolean attachment) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw SodaError.unavailable("the file cannot be read at the moment");
        }
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, contentType)
            .header("Content-Length", size)
            .header("Content-Disposition", disposition(attachment ? "attachment" : "inline", name))
            .build();
    }

    private static String fileName(ProductInfo p, String extension) {
        String base = p.obsId() == null ? "product" : p.obsId();
        return base.replaceAll("[^A-Za-z0-9._+-]", "_") + "." + extension;
    }

    private static String disposition(String kind, String name) {
        return kind + "; filename=\"" + name.replaceAll("[\"\\\\\\r\\n]", "_") + "\"";
    }
}
