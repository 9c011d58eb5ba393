/**
 * SSA 1.1 query building: a validated {@link org.ozvo.server.ssa.request.SsaRequest} becomes an
 * {@link org.ozvo.query.ObsCoreQuery} on {@code ivoa.obscore} (spectra only), and COLLECTION
 * short names are matched against the collections the archive holds. No SQL text is written
 * here; the shared query layer renders it with bind parameters.
 */
package org.ozvo.server.ssa.query;
