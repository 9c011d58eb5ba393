/**
 * SSA 1.1 responses: the result FIELDs with their {@code ssa:} utypes and UCDs
 * ({@link org.ozvo.server.ssa.response.SsaFields}), the row adapter from the ObsCore cursor, the
 * FORMAT=METADATA description, and the assembly of a {@link org.ozvo.dali.table.TableResult} that
 * the shared VOTable writer streams. No HTTP and no SQL here.
 */
package org.ozvo.server.ssa.response;
