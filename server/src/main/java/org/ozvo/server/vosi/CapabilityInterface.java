package org.ozvo.server.vosi;

import java.util.List;

/**
 * One {@code interface} of a capability (VOResource 1.1 Interface and its subtypes).
 * {@code queryTypes}, {@code resultType}, {@code params} and {@code testQuery} only exist for
 * {@link Type#PARAM_HTTP} and are ignored otherwise.
 *
 * @param type       interface type
 * @param role       {@code std} for the interface a standard defines, else null
 * @param version    version of the standard the interface implements, or null
 * @param accessUrls at least one
 * @param queryTypes HTTP methods ({@code GET}, {@code POST}), at most two
 * @param resultType MIME type of a successful response, or null
 * @param params     accepted parameters
 * @param testQuery  a query string that returns rows, or null
 */
public record CapabilityInterface(Type type, String role, String version, List<AccessUrl> accessUrls,
                                  List<String> queryTypes, String resultType, List<InputParam> params,
                                  String testQuery) {

    /** The interface types this server uses, with their {@code xsi:type}. */
    public enum Type {
        /** {@code vs:ParamHTTP}: HTTP GET/POST with parameters. */
        PARAM_HTTP(VoNamespace.VS.qname("ParamHTTP")),
        /** {@code vr:WebBrowser}: pages for people (DALI examples). */
        WEB_BROWSER(VoNamespace.VR.qname("WebBrowser")),
        /** {@code vg:OAIHTTP}: the OAI-PMH endpoint of a publishing registry. */
        OAI_HTTP(VoNamespace.VG.qname("OAIHTTP"));

        private final String xsiType;

        Type(String xsiType) {
            this.xsiType = xsiType;
        }

        /** The {@code xsi:type} value. */
        public String xsiType() {
            return xsiType;
        }
    }

    public CapabilityInterface {
        if (type == null || accessUrls == null || accessUrls.isEmpty()) {
            throw new IllegalArgumentException("an interface needs a type and at least one access URL");
        }
        accessUrls = List.copyOf(accessUrls);
        queryTypes = queryTypes == null ? List.of() : List.copyOf(queryTypes);
        params = params == null ? List.of() : List.copyOf(params);
        if (queryTypes.size() > 2) {
            throw new IllegalArgumentException("at most two query types (GET, POST)");
        }
    }

    /** A {@code vs:ParamHTTP} interface with one access URL and nothing else. */
    public static CapabilityInterface paramHttp(String url, AccessUrl.Use use) {
        return new CapabilityInterface(Type.PARAM_HTTP, null, null, List.of(new AccessUrl(url, use)),
            List.of(), null, List.of(), null);
    }

    /** A {@code vr:WebBrowser} interface. */
    public static CapabilityInterface webBrowser(String url) {
        return new CapabilityInterface(Type.WEB_BROWSER, null, null, List.of(new AccessUrl(url, AccessUrl.Use.FULL)),
            List.of(), null, List.of(), null);
    }

    /** A {@code vg:OAIHTTP} interface of the standard registry interface, version 1.0. */
    public static CapabilityInterface oaiHttp(String url) {
        return new CapabilityInterface(Type.OAI_HTTP, "std", "1.0", List.of(new AccessUrl(url, AccessUrl.Use.BASE)),
            List.of(), null, List.of(), null);
    }

    /** This interface as the standard one ({@code role="std"}) of the given version (null: none). */
    public CapabilityInterface standard(String standardVersion) {
        return new CapabilityInterface(type, "std", standardVersion, accessUrls, queryTypes, resultType, params, testQuery);
    }

    /** This interface answering GET and POST with the given result type. */
    public CapabilityInterface getAndPost(String mime) {
        return new CapabilityInterface(type, role, version, accessUrls, List.of("GET", "POST"), mime, params, testQuery);
    }

    /** This interface with its parameters. */
    public CapabilityInterface withParams(List<InputParam> inputParams) {
        return new CapabilityInterface(type, role, version, accessUrls, queryTypes, resultType, inputParams, testQuery);
    }

    /** This interface with a test query string. */
    public CapabilityInterface withTestQuery(String query) {
        return new CapabilityInterface(type, role, version, accessUrls, queryTypes, resultType, params, query);
    }
}
