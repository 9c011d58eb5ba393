/**
 * {@code bin/ingest convert}: original files to simplified FITS files in a directory and one
 * JSON object of ObsCore fields per product, without a database.
 */
package org.ozvo.ingest.convert;
