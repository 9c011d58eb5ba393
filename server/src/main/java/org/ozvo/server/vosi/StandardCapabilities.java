package org.ozvo.server.vosi;

import java.util.ArrayList;
import java.util.List;

/**
 * The capabilities of the IVOA standards this server implements, with their standardIDs,
 * interface types, versions and access-URL uses fixed here once (capability inventory,
 * checklist section 10). Services pass in only what is theirs: URLs, parameters and limits.
 */
public final class StandardCapabilities {

    public static final String SIA2_QUERY = "ivo://ivoa.net/std/SIA#query-2.0";
    public static final String SSA = "ivo://ivoa.net/std/SSA";
    public static final String TAP = "ivo://ivoa.net/std/TAP";
    public static final String DATALINK_LINKS = "ivo://ivoa.net/std/DataLink#links-1.1";
    public static final String SODA_SYNC = "ivo://ivoa.net/std/SODA#sync-1.0";
    public static final String DALI_EXAMPLES = "ivo://ivoa.net/std/DALI#examples";
    public static final String VOSI_CAPABILITIES = "ivo://ivoa.net/std/VOSI#capabilities";
    public static final String VOSI_AVAILABILITY = "ivo://ivoa.net/std/VOSI#availability";
    public static final String VOSI_TABLES = "ivo://ivoa.net/std/VOSI#tables-1.1";
    public static final String UWS = "ivo://ivoa.net/std/UWS#rest-1.1";
    public static final String REGISTRY = "ivo://ivoa.net/std/Registry";

    /** MIME type of VOTable results. */
    public static final String VOTABLE = "application/x-votable+xml";

    private StandardCapabilities() {
    }

    /**
     * The VOSI capabilities of a service root: capabilities and availability, plus tables when
     * the service has them (VOSI-4: {@code vs:ParamHTTP}, {@code use="full"}, anonymous).
     *
     * @param serviceRoot URL of the service root, e.g. {@code http://host/vo/sia2}
     */
    public static List<Capability> vosi(String serviceRoot, boolean withTables) {
        List<Capability> caps = new ArrayList<>(3);
        caps.add(vosiEndpoint(VOSI_CAPABILITIES, serviceRoot + "/capabilities", "VOSI capabilities of this service"));
        caps.add(vosiEndpoint(VOSI_AVAILABILITY, serviceRoot + "/availability", "VOSI availability of this service"));
        if (withTables) {
            caps.add(vosiEndpoint(VOSI_TABLES, serviceRoot + "/tables", "VOSI tables: the tables this service publishes"));
        }
        return List.copyOf(caps);
    }

    private static Capability vosiEndpoint(String standardId, String url, String description) {
        return Capability.of(standardId, description, CapabilityInterface.paramHttp(url, AccessUrl.Use.FULL));
    }

    /** SIA 2.0 {query} (SIA-1): {@code vs:ParamHTTP role="std" version="2.0"}, GET and POST, VOTable. */
    public static Capability sia2Query(String queryUrl, List<InputParam> params, SiaCapability limits) {
        return Capability.of(SIA2_QUERY, "SIA 2.0 image discovery: ObsCore rows of images and cubes",
                CapabilityInterface.paramHttp(queryUrl, AccessUrl.Use.BASE).standard("2.0")
                    .getAndPost(VOTABLE).withParams(params))
            .with(limits);
    }

    /** SSA 1.1 queryData (REG-2): {@code vs:ParamHTTP role="std" version="1.1"}. */
    public static Capability ssaQuery(String queryUrl, List<InputParam> params, SsaCapability limits) {
        return Capability.of(SSA, "SSA 1.1 spectrum discovery",
                CapabilityInterface.paramHttp(queryUrl, AccessUrl.Use.BASE).standard("1.1")
                    .getAndPost(VOTABLE).withParams(params))
            .with(limits);
    }

    /** TAP 1.1 (TAP-2): base URL with {@code use="base"}, {@code version="1.1"}, TAPRegExt content. */
    public static Capability tap(String baseUrl, TapCapability content) {
        return Capability.of(TAP, "TAP 1.1 with ADQL: synchronous and asynchronous queries",
                CapabilityInterface.paramHttp(baseUrl, AccessUrl.Use.BASE).standard("1.1"))
            .with(content);
    }

    /** DataLink 1.1 {links} (DL-9): resultType the DataLink MIME type, ID required. */
    public static Capability datalinkLinks(String linksUrl, List<InputParam> params) {
        return Capability.of(DATALINK_LINKS, "DataLink 1.1: the files and services of a dataset",
            CapabilityInterface.paramHttp(linksUrl, AccessUrl.Use.BASE).standard("1.1")
                .getAndPost("application/x-votable+xml;content=datalink").withParams(params));
    }

    /** SODA 1.0 sync: only for services whose ID/BAND/TIME/POS behave as SODA-3/4 require. */
    public static Capability sodaSync(String syncUrl, List<InputParam> params, String resultType) {
        return Capability.of(SODA_SYNC, "SODA 1.0 synchronous cut-outs",
            CapabilityInterface.paramHttp(syncUrl, AccessUrl.Use.BASE).standard("1.0")
                .getAndPost(resultType).withParams(params));
    }

    /** DALI examples (DALI-2): a {@code vr:WebBrowser} interface. */
    public static Capability examples(String examplesUrl) {
        return Capability.of(DALI_EXAMPLES, "Example queries", CapabilityInterface.webBrowser(examplesUrl));
    }

    /** UWS 1.1 job list. */
    public static Capability uws(String jobListUrl) {
        return Capability.of(UWS, "UWS 1.1 asynchronous jobs",
            CapabilityInterface.paramHttp(jobListUrl, AccessUrl.Use.FULL));
    }

    /** The OAI-PMH interface of a publishing registry (REG-10): {@code vg:Harvest}, {@code vg:OAIHTTP}. */
    public static Capability harvest(String oaiUrl, int maxRecords) {
        return Capability.of(REGISTRY, "OAI-PMH 2.0 harvesting interface of this publishing registry",
                CapabilityInterface.oaiHttp(oaiUrl))
            .with(new HarvestCapability(maxRecords));
    }
}
