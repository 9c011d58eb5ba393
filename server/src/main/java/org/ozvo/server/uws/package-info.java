/**
 * UWS 1.1 job machinery shared by async services: jobs, parameters and results kept in
 * PostgreSQL ({@link org.ozvo.server.uws.JobStore}, owner pool; phase changes are
 * compare-and-set updates), result files under the data directory
 * ({@link org.ozvo.server.uws.JobFiles}), a bounded executor with execution-duration
 * watchdogs, destruction reaping and restart recovery ({@link org.ozvo.server.uws.JobManager}),
 * and the UWS XML documents ({@link org.ozvo.server.uws.JobXml}). The protocol resources
 * (e.g. TAP's {@code /async}) are thin JAX-RS classes over {@link org.ozvo.server.uws.UwsActions}.
 */
package org.ozvo.server.uws;
