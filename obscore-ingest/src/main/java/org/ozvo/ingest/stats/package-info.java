/** {@code bin/ingest stats}: what the archive holds, per collection. */
package org.ozvo.ingest.stats;
