package org.ozvo.server.http;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ozvo.dali.fault.TooLargeFault;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;

/**
 * The parameters of one DALI request, whichever way they came (query string, form-encoded POST,
 * multipart POST), plus the multipart parts saved to temporary files so that inline uploads
 * ({@code UPLOAD=t,param:t}) can be read. Parts without a file name are also parameters
 * (multipart form fields). Part names are case-sensitive, parameter names are not.
 *
 * <p>Owns the temporary files: {@link #close()} deletes them unless {@link #releaseParts()}
 * handed them over (to an async job). Not thread-safe.
 */
public final class RequestParams implements AutoCloseable {

    /** Multipart form fields larger than this are only files, not parameters. */
    private static final long MAX_FIELD_BYTES = 1024 * 1024;

    private final ParamMap params;
    private final Map<String, Path> parts;
    private boolean released;

    private RequestParams(ParamMap params, Map<String, Path> parts) {
        this.params = params;
        this.parts = parts;
    }

    /** Query-string parameters, plus a form-encoded body if there is one. */
    public static RequestParams of(UriInfo uriInfo, MultivaluedMap<String, String> form) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        uriInfo.getQueryParameters().forEach((k, v) -> raw.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        if (form != null) {
            form.forEach((k, v) -> raw.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        return new RequestParams(ParamMap.of(raw), Map.of());
    }

    /**
     * Query-string parameters plus a multipart body: every part is saved to a temporary file;
     * parts without a file name (form fields) are parameters too.
     *
     * @param maxBytes the most bytes all parts together may have
     * @throws TooLargeFault beyond {@code maxBytes}
     */
    public static RequestParams ofMultipart(UriInfo uriInfo, List<EntityPart> entityParts, long maxBytes) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        uriInfo.getQueryParameters().forEach((k, v) -> raw.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        Map<String, Path> files = new LinkedHashMap<>();
        RequestParams result = new RequestParams(null, files);
        long left = maxBytes;
        try {
            for (EntityPart part : entityParts) {
                Path file = Files.createTempFile("vo-part-", ".bin");
                files.put(part.getName(), file);
                long size = copy(part.getContent(), file, left);
                left -= size;
                if (part.getFileName().isEmpty() && size <= MAX_FIELD_BYTES) {
                    raw.computeIfAbsent(part.getName(), x -> new ArrayList<>())
                        .add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            result.close();
            throw new UsageFault("cannot read the multipart request: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            result.close();
            throw e;
        }
        return new RequestParams(ParamMap.of(raw), files);
    }

    private static long copy(InputStream in, Path file, long limit) throws IOException {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (in; OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw new TooLargeFault("the request body exceeds the upload limit of this service ("
                        + limit + " bytes left)");
                }
                out.write(buf, 0, n);
            }
        }
        return total;
    }

    public ParamMap params() {
        return params;
    }

    /** The saved file of a multipart part, by exact name. */
    public Optional<Path> part(String name) {
        return Optional.ofNullable(parts.get(name));
    }

    /** All saved parts by name, in arrival order. */
    public Map<String, Path> parts() {
        return parts;
    }

    /** Hands the part files to the caller, who must delete them; {@link #close()} then keeps them. */
    public Map<String, Path> releaseParts() {
        released = true;
        return parts;
    }

    /** Deletes the temporary part files (unless released). */
    @Override
    public void close() {
        if (released) {
            return;
        }
        for (Path p : parts.values()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
    }
}
