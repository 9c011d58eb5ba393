/**
 * TAP 1.1 query execution without HTTP: {@link org.ozvo.tap.TapRequest} (parameters),
 * {@link org.ozvo.tap.TapLimits}, uploads ({@link org.ozvo.tap.UploadSpec},
 * {@link org.ozvo.tap.UploadLoader}: STIL reads VOTable/CSV/FITS, COPY fills a session-private
 * temporary table) and {@link org.ozvo.tap.TapQueryRunner}, which turns a request into a
 * streaming {@link org.ozvo.dali.table.TableResult} on a read-only connection. Sync and async
 * TAP both use the runner.
 */
package org.ozvo.tap;
