package io.newsflow.ingest.fetch;

import io.newsflow.ingest.decode.BadCompressionException;
import io.newsflow.ingest.decode.CappedInputStream;
import io.newsflow.ingest.decode.GzipGuard;
import io.newsflow.ingest.item.InputCopies;
import io.newsflow.model.Checks;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RejectReason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches http and https URLs on {@link HttpClient}, refusing what is unsafe. Before every request, the first
 * and each redirect target (at most {@code maxRedirects}, followed here, never by the client), it checks the
 * scheme, resolves the host and refuses it when any of its addresses is refused by the {@link AddressPolicy},
 * and asks the request's {@link UrlGuard} (robots.txt). Bodies are decompressed here (gzip, deflate) and capped
 * after decompression; a Content-Length above the cap is refused before reading. Connect, header and total
 * timeouts apply; the media type must suit the request's {@link ContentKind} and a declared charset must exist.
 *
 * <p>The address is checked on the resolver's answer; the client resolves the name again when it connects. The
 * JVM caches lookups ({@code networkaddress.cache.ttl}, 30 s by default), so both see the same answer unless the
 * cache entry expires in between: a DNS-rebinding window this class narrows but, without pinning the
 * connection to the checked address (which {@code HttpClient} cannot do for https), cannot close.
 */
public final class SafeFetcher implements Fetcher, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SafeFetcher.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** The response headers passed on with a page: those that say what it is and when it changed. */
    public static final List<String> KEPT_HEADERS = List.of("content-type", "content-language", "last-modified",
            "etag", "date", "expires", "x-robots-tag");

    private final FetcherSettings settings;
    private final HostResolver resolver;
    private final Clock clock;
    private final HttpClient client;
    private final ScheduledExecutorService watchdog;

    private SafeFetcher(FetcherSettings settings, HostResolver resolver, Clock clock) {
        this.settings = settings;
        this.resolver = resolver;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsflow-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param clock used for Retry-After dates only; timeouts are measured in real time, as the network runs
     */
    public static SafeFetcher open(FetcherSettings settings, HostResolver resolver, Clock clock) {
        return new SafeFetcher(Checks.notNull(settings, "settings"), Checks.notNull(resolver, "resolver"),
                Checks.notNull(clock, "clock"));
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        Checks.notNull(request, "request");
        try (Exchange exchange = new Exchange(watchdog, settings.totalTimeout())) {
            return follow(request, exchange);
        } catch (Exchange.TimedOut e) {
            return refused(request, RejectReason.FETCH_REFUSED, "no complete response within the total timeout of "
                    + settings.totalTimeout().toMillis() + " ms");
        } catch (HttpConnectTimeoutException e) {
            return refused(request, RejectReason.FETCH_REFUSED, "could not connect within "
                    + settings.connectTimeout().toMillis() + " ms");
        } catch (HttpTimeoutException e) {
            return refused(request, RejectReason.FETCH_REFUSED, "no response headers within "
                    + settings.readTimeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return new FetchResponse.RetryLater(request.uri(), 0, Optional.empty(), "cannot connect to "
                    + request.uri() + ": " + e.getMessage());
        } catch (IOException e) {
            return new FetchResponse.RetryLater(request.uri(), 0, Optional.empty(), "fetching " + request.uri()
                    + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResponse.RetryLater(request.uri(), 0, Optional.empty(), "interrupted while fetching "
                    + request.uri());
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    private FetchResponse follow(FetchRequest request, Exchange exchange) throws IOException, InterruptedException {
        URI uri = request.uri();
        for (int hop = 0; ; hop++) {
            Optional<String> refusal = check(uri, request.guard());
            if (refusal.isPresent()) {
                String where = hop == 0 ? "" : "redirect " + hop + " to " + uri + ": ";
                return refused(request, RejectReason.FETCH_REFUSED, where + refusal.get());
            }
            HttpResponse<InputStream> response = exchange.send(client, httpRequest(uri, request));
            LOG.debug("GET {} -> {}", uri, response.statusCode());
            if (!REDIRECTS.contains(response.statusCode())) {
                return read(request, uri, response, exchange);
            }
            Exchange.closeQuietly(response.body());
            if (hop >= settings.maxRedirects()) {
                return refused(request, RejectReason.FETCH_REFUSED, "more than " + settings.maxRedirects()
                        + " redirects");
            }
            Optional<URI> next = location(uri, response.headers());
            if (next.isEmpty()) {
                return refused(request, RejectReason.FETCH_REFUSED, "HTTP " + response.statusCode()
                        + " without a valid Location header");
            }
            uri = next.get();
        }
    }

    private HttpRequest httpRequest(URI uri, FetchRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", request.kind().accept())
                .header("Accept-Encoding", "gzip, deflate");
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance with plain-http servers
        }
        Validators v = request.validators();
        if (v.etag() != null) {
            b.header("If-None-Match", v.etag());
        }
        if (v.lastModified() != null) {
            b.header("If-Modified-Since", v.lastModified());
        }
        return b.build();
    }

    private FetchResponse read(FetchRequest request, URI uri, HttpResponse<InputStream> response, Exchange exchange)
            throws IOException {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        if (status == 304) {
            Exchange.closeQuietly(response.body());
            Validators fresh = validators(headers);
            return new FetchResponse.NotModified(request.uri(), fresh.isEmpty() ? request.validators() : fresh);
        }
        if (status == 429 || status >= 500) {
            Exchange.closeQuietly(response.body());
            return new FetchResponse.RetryLater(request.uri(), status,
                    RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant()),
                    uri + ": HTTP " + status);
        }
        if (status < 200 || status > 299) {
            byte[] head = readHead(response.body());
            return new FetchResponse.Refused(request.uri(), RejectReason.FETCH_REFUSED, request.uri() + ": HTTP "
                    + status + (uri.equals(request.uri()) ? "" : " at " + uri), InputCopy.of(head), status);
        }
        MediaType type = MediaType.parse(headers.firstValue("Content-Type").orElse(null));
        if (!request.kind().takes(type.type())) {
            Exchange.closeQuietly(response.body());
            return refused(request, RejectReason.UNSUPPORTED_FORMAT, "content type " + type.type()
                    + " is not what a " + request.kind().name().toLowerCase(Locale.ROOT) + " is served as");
        }
        Charset charset;
        try {
            charset = type.charsetOrThrow().orElse(null);
        } catch (IllegalArgumentException e) {
            Exchange.closeQuietly(response.body());
            return refused(request, RejectReason.INVALID_ENCODING, "declares charset '" + type.charset()
                    + "', which is not supported");
        }
        OptionalLong length = headers.firstValueAsLong("Content-Length");
        String encoding = headers.firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
        if (encoding.equals("identity") && length.isPresent() && length.getAsLong() > settings.maxBytes()) {
            Exchange.closeQuietly(response.body());
            return refused(request, RejectReason.TOO_LARGE, "Content-Length " + length.getAsLong()
                    + " is more than the " + settings.maxBytes() + " bytes taken");
        }
        return body(request, uri, response, exchange, encoding, type, charset);
    }

    private FetchResponse body(FetchRequest request, URI uri, HttpResponse<InputStream> response, Exchange exchange,
                               String encoding, MediaType type, Charset charset) throws IOException {
        try (InputStream raw = response.body()) {
            Optional<InputStream> decoded = decoding(raw, encoding);
            if (decoded.isEmpty()) {
                return refused(request, RejectReason.UNSUPPORTED_FORMAT, "Content-Encoding '" + encoding
                        + "' was not asked for");
            }
            CappedInputStream capped = new CappedInputStream(decoded.get(), settings.maxBytes());
            byte[] bytes = capped.readAllBytes();
            if (exchange.expired()) {
                throw new Exchange.TimedOut();
            }
            if (capped.exceeded()) {
                String after = encoding.equals("identity") ? "" : " after decompression";
                return new FetchResponse.Refused(request.uri(), RejectReason.TOO_LARGE, request.uri()
                        + ": the body is larger than " + settings.maxBytes() + " bytes" + after,
                        InputCopies.head(java.util.Arrays.copyOf(bytes, InputCopy.MAX_BYTES), bytes.length + 1L),
                        response.statusCode());
            }
            return new FetchResponse.Fetched(request.uri(), uri, response.statusCode(), kept(response.headers()),
                    bytes, type.type(), charset, validators(response.headers()));
        } catch (BadCompressionException e) {
            return refused(request, RejectReason.BAD_COMPRESSION, "corrupt " + encoding + " body ("
                    + e.getMessage() + ")");
        }
    }

    private static Optional<InputStream> decoding(InputStream raw, String encoding) throws IOException {
        return switch (encoding) {
            case "identity", "" -> Optional.of(raw);
            case "gzip", "x-gzip" -> Optional.of(GzipGuard.open(raw));
            case "deflate" -> Optional.of(inflating(raw));
            default -> Optional.empty();
        };
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: the first two bytes tell. */
    private static InputStream inflating(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0F) == 8 && ((b0 << 8) | b1) % 31 == 0;
        return new InflaterInputStream(in, new Inflater(!zlib));
    }

    private Optional<String> check(URI uri, UrlGuard guard) {
        return checkScheme(uri).or(() -> checkAddress(uri)).or(() -> guard.check(uri).map(UrlGuard.Refusal::reason));
    }

    private Optional<String> checkScheme(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are fetched, not '" + uri + "'");
        }
        if (uri.getHost() == null) {
            return Optional.of("'" + uri + "' has no host");
        }
        return Optional.empty();
    }

    private Optional<String> checkAddress(URI uri) {
        String host = uri.getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            for (InetAddress address : resolver.resolve(bare)) {
                Optional<String> refusal = settings.policy().refusal(address);
                if (refusal.isPresent()) {
                    return Optional.of(host + " resolves to " + refusal.get());
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " not found");
        }
    }

    private static Optional<URI> location(URI base, HttpHeaders headers) {
        Optional<String> location = headers.firstValue("Location");
        if (location.isEmpty() || location.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(base.resolve(new URI(location.get().trim())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Validators validators(HttpHeaders headers) {
        return new Validators(headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null));
    }

    private static Map<String, String> kept(HttpHeaders headers) {
        Map<String, String> kept = new HashMap<>();
        for (String name : KEPT_HEADERS) {
            headers.firstValue(name).ifPresent(v -> kept.put(name, v));
        }
        return kept;
    }

    private static byte[] readHead(InputStream body) {
        try (InputStream in = body) {
            return in.readNBytes(InputCopy.MAX_BYTES);
        } catch (IOException e) {
            return new byte[0]; // the status says what went wrong; the body was only for the dead letter's copy
        }
    }

    private static FetchResponse.Refused refused(FetchRequest request, RejectReason reason, String why) {
        return new FetchResponse.Refused(request.uri(), reason, request.uri() + ": " + why, null, 0);
    }
}
