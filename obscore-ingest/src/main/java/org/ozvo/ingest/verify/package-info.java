/**
 * {@code bin/ingest verify}: checks that rows and files agree, both ways, and that every
 * product is a readable FITS file with a valid checksum.
 */
package org.ozvo.ingest.verify;
