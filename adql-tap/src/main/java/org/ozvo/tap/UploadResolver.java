package org.ozvo.tap;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ozvo.dali.fault.UsageFault;

/**
 * Opens the bytes of an uploaded table. The server supplies one that knows the request's
 * multipart parts; {@link #http()} fetches {@code http(s)} URIs. Implementations must be
 * thread-safe; the caller closes the returned stream.
 */
@FunctionalInterface
public interface UploadResolver {

    /**
     * Opens an upload.
     *
     * @throws UsageFault   if the upload cannot be found (no such multipart part, HTTP error)
     * @throws IOException  if reading fails
     */
    InputStream open(UploadSpec spec) throws IOException;

    /** Resolves {@code http} and {@code https} URIs with a GET (redirects followed, 60 s timeouts). */
    static UploadResolver http() {
        return HttpHolder::fetch;
    }

    /** Inline parts through {@code inline}, URLs through {@link #http()}. */
    static UploadResolver withInline(UploadResolver inline) {
        return spec -> spec.inline() ? inline.open(spec) : http().open(spec);
    }

    /** Shared client, created on first use. */
    final class HttpHolder {
        private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();

        private HttpHolder() {
        }

        static InputStream fetch(UploadSpec spec) throws IOException {
            if (spec.inline()) {
                throw new UsageFault("UPLOAD " + spec.name() + ": no multipart part named '" + spec.partName() + "'");
            }
            try {
                HttpResponse<InputStream> r = CLIENT.send(HttpRequest.newBuilder(URI.create(spec.uri()))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                if (r.statusCode() != 200) {
                    r.body().close();
                    throw new UsageFault("UPLOAD " + spec.name() + ": " + spec.uri() + " answered HTTP " + r.statusCode());
                }
                return r.body();
            } catch (IllegalArgumentException e) {
                throw new UsageFault("UPLOAD " + spec.name() + ": bad URL " + spec.uri(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching " + spec.uri(), e);
            } catch (java.net.ConnectException e) {
                throw new UsageFault("UPLOAD " + spec.name() + ": cannot connect to " + spec.uri(), e);
            }
        }
    }
}
