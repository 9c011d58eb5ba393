package org.ozvo.server.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.ozvo.server.vosi.VoNamespace;
import org.ozvo.server.vosi.XmlOut;

/**
 * Answers the six OAI-PMH 2.0 verbs over the registry's records (REG-5 to REG-9). Every
 * request gets a complete {@code OAI-PMH} document; problems become {@code <error>} elements,
 * which the resource sends with HTTP 200. Errors are found before anything is written, so a
 * response never mixes a partial answer and an error. Immutable and thread-safe.
 */
public final class OaiPmh {

    /** The metadata prefix of VOResource records. */
    public static final String IVO_VOR = "ivo_vor";
    /** The metadata prefix of Dublin Core records. */
    public static final String OAI_DC = "oai_dc";
    /** The set of records for the IVOA full registries. */
    public static final String IVO_MANAGED = "ivo_managed";

    private static final String OAI = VoNamespace.OAI.uri();

    private final String baseUrl;
    private final RegistryIdentity identity;
    private final List<PublishedRecord> records;
    private final PublishedRecord self;

    /**
     * @param baseUrl  the OAI-PMH endpoint URL, echoed in every response
     * @param identity publisher, contact, page size
     * @param records  every record, deleted ones included
     * @param self     the registry's own record, described in Identify
     */
    public OaiPmh(String baseUrl, RegistryIdentity identity, List<PublishedRecord> records, PublishedRecord self) {
        this.baseUrl = baseUrl;
        this.identity = identity;
        this.records = List.copyOf(records);
        this.self = self;
    }

    /**
     * Answers one request.
     *
     * @param args argument name (case-sensitive) to all values received
     * @param now  the response date
     * @return the OAI-PMH response document
     */
    public String respond(Map<String, List<String>> args, Instant now) {
        OaiRequest request = null;
        try {
            request = OaiRequest.parse(args);
            XmlOut.Body body = answer(request);
            return envelope(now, request, body);
        } catch (OaiException e) {
            OaiRequest echo = e.isRequestError() ? null : request;
            return envelope(now, echo, out -> out.start(VoNamespace.OAI, "error").attr("code", e.code())
                .text(e.getMessage()).end());
        }
    }

    private XmlOut.Body answer(OaiRequest r) throws OaiException {
        return switch (r.verb()) {
            case Identify -> this::identify;
            case ListMetadataFormats -> listMetadataFormats(r);
            case ListSets -> listSets(r);
            case GetRecord -> getRecord(r);
            case ListIdentifiers, ListRecords -> list(r);
        };
    }

    private String envelope(Instant now, OaiRequest request, XmlOut.Body body) {
        return XmlOut.render(out -> {
            out.start(VoNamespace.OAI, "OAI-PMH").declare(VoNamespace.OAI).declare(VoNamespace.XSI)
                .attr(VoNamespace.XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            out.element(VoNamespace.OAI, "responseDate", now.truncatedTo(ChronoUnit.SECONDS).toString());
            out.start(VoNamespace.OAI, "request");
            if (request != null) {
                out.attr("verb", request.verb().name());
                for (Map.Entry<String, String> a : request.arguments().entrySet()) {
                    if (OaiArguments.echoable(a.getKey(), a.getValue())) {
                        out.attr(a.getKey(), a.getValue());
                    }
                }
            }
            out.text(baseUrl).end();
            body.write(out);
            out.end();
        });
    }

    private void identify(XmlOut out) throws XMLStreamException {
        Instant earliest = records.stream().map(PublishedRecord::datestamp).min(Instant::compareTo)
            .orElse(self.datestamp());
        out.start(VoNamespace.OAI, "Identify")
            .element(VoNamespace.OAI, "repositoryName", identity.publisher() + " publishing registry")
            .element(VoNamespace.OAI, "baseURL", baseUrl)
            .element(VoNamespace.OAI, "protocolVersion", "2.0")
            .element(VoNamespace.OAI, "adminEmail", identity.contactEmail())
            .element(VoNamespace.OAI, "earliestDatestamp", earliest.toString())
            // Deletions are remembered in a state file that an operator may remove: transient.
            .element(VoNamespace.OAI, "deletedRecord", "transient")
            .element(VoNamespace.OAI, "granularity", "YYYY-MM-DDThh:mm:ssZ");
        out.start(VoNamespace.OAI, "description");
        VoResourceWriter.write(out, self.record(), self.state(), identity);
        out.end().end();
    }

    private XmlOut.Body listMetadataFormats(OaiRequest r) throws OaiException {
        if (r.identifier() != null) {
            find(r.identifier());
        }
        return out -> {
            out.start(VoNamespace.OAI, "ListMetadataFormats");
            format(out, IVO_VOR, "http://www.ivoa.net/xml/RegistryInterface/RegistryInterface-v1.0.xsd",
                VoNamespace.RI.uri());
            format(out, OAI_DC, "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", DublinCoreWriter.OAI_DC);
            out.end();
        };
    }

    private static void format(XmlOut out, String prefix, String schema, String namespace) throws XMLStreamException {
        out.start(VoNamespace.OAI, "metadataFormat").element(VoNamespace.OAI, "metadataPrefix", prefix)
            .element(VoNamespace.OAI, "schema", schema).element(VoNamespace.OAI, "metadataNamespace", namespace)
            .end();
    }

    private XmlOut.Body listSets(OaiRequest r) throws OaiException {
        if (r.resumptionToken() != null) {
            throw new OaiException("badResumptionToken", "this registry never issues tokens for ListSets");
        }
        return out -> out.start(VoNamespace.OAI, "ListSets").start(VoNamespace.OAI, "set")
            .element(VoNamespace.OAI, "setSpec", IVO_MANAGED)
            .element(VoNamespace.OAI, "setName", "Records managed by this registry, for the IVOA full registries")
            .end().end();
    }

    private XmlOut.Body getRecord(OaiRequest r) throws OaiException {
        PublishedRecord rec = find(r.identifier());
        String prefix = checkPrefix(r.metadataPrefix());
        return out -> {
            out.start(VoNamespace.OAI, "GetRecord");
            writeRecord(out, rec, prefix, true);
            out.end();
        };
    }

    private XmlOut.Body list(OaiRequest r) throws OaiException {
        ResumptionToken resumed = r.resumptionToken() == null ? null : ResumptionToken.decode(r.resumptionToken());
        String prefix = checkPrefix(resumed == null ? r.metadataPrefix() : resumed.metadataPrefix());
        Instant from = resumed == null ? r.from() : resumed.from();
        Instant until = resumed == null ? r.until() : resumed.until();
        String set = resumed == null ? r.set() : resumed.set();
        List<PublishedRecord> matching = records.stream()
            .filter(p -> set == null || IVO_MANAGED.equals(set))
            .filter(p -> (from == null || !p.datestamp().isBefore(from)) && (until == null || !p.datestamp().isAfter(until)))
            .toList();
        String fingerprint = fingerprint(matching);
        int offset = 0;
        if (resumed != null) {
            offset = resumed.offset();
            if (!resumed.fingerprint().equals(fingerprint) || offset >= matching.size()) {
                throw new OaiException("badResumptionToken", "the records changed since the token was issued;"
                    + " start the list again");
            }
        }
        if (matching.isEmpty()) {
            throw new OaiException("noRecordsMatch", "no records match the given from, until and set");
        }
        int start = offset;
        int end = Math.min(matching.size(), offset + identity.pageSize());
        boolean paged = start > 0 || end < matching.size();
        String next = end < matching.size()
            ? new ResumptionToken(prefix, from, until, set, end, fingerprint).encode() : "";
        boolean withMetadata = r.verb() == OaiRequest.Verb.ListRecords;
        return out -> {
            out.start(VoNamespace.OAI, r.verb().name());
            for (PublishedRecord p : matching.subList(start, end)) {
                writeRecord(out, p, prefix, withMetadata);
            }
            if (paged) {
                out.start(VoNamespace.OAI, "resumptionToken").attr("completeListSize", matching.size())
                    .attr("cursor", start).text(next).end();
            }
            out.end();
        };
    }

    private void writeRecord(XmlOut out, PublishedRecord p, String prefix, boolean withMetadata)
            throws XMLStreamException {
        if (withMetadata) {
            out.start(VoNamespace.OAI, "record");
        }
        out.start(VoNamespace.OAI, "header").attr("status", p.state().deleted() ? "deleted" : null)
            .element(VoNamespace.OAI, "identifier", p.ivoid())
            .element(VoNamespace.OAI, "datestamp", p.datestamp().toString())
            .element(VoNamespace.OAI, "setSpec", IVO_MANAGED)
            .end();
        if (withMetadata) {
            if (!p.state().deleted()) {
                out.start(VoNamespace.OAI, "metadata");
                if (IVO_VOR.equals(prefix)) {
                    VoResourceWriter.write(out, p.record(), p.state(), identity);
                } else {
                    DublinCoreWriter.write(out, p.record(), p.state(), identity);
                }
                out.end();
            }
            out.end();
        }
    }

    private PublishedRecord find(String identifier) throws OaiException {
        Optional<PublishedRecord> found = records.stream().filter(p -> p.ivoid().equals(identifier)).findFirst();
        return found.orElseThrow(() -> new OaiException("idDoesNotExist",
            "no record with the identifier '" + identifier + "' in this registry"));
    }

    private static String checkPrefix(String prefix) throws OaiException {
        if (!IVO_VOR.equals(prefix) && !OAI_DC.equals(prefix)) {
            throw new OaiException("cannotDisseminateFormat", "metadataPrefix '" + prefix + "' is not supported;"
                + " use " + IVO_VOR + " or " + OAI_DC);
        }
        return prefix;
    }

    private static String fingerprint(List<PublishedRecord> list) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (PublishedRecord p : list) {
                md.update((p.ivoid() + " " + p.datestamp() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
