/**
 * The SSA 1.1 service at {@code /vo/ssa}: the JAX-RS resource for {@code query} (GET and POST,
 * queryData and FORMAT=METADATA), its VOSI capabilities and availability, and the wiring of
 * the layers below it: {@code request} (parameters to a typed request), {@code query} (typed
 * request to an ObsCore query), {@code response} (rows to SSA fields and the VOTable envelope).
 * Usage errors answer HTTP 200 with an SSA error VOTable (SSA 1.1 section 8.10), server
 * failures 5xx with the same kind of document.
 */
package org.ozvo.server.ssa;
