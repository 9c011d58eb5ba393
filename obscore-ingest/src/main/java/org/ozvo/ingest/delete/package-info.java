/** {@code bin/ingest delete}: removes a collection's rows, products, ledger entries and copied originals. */
package org.ozvo.ingest.delete;
