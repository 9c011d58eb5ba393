/**
 * From original files to archive products, independent of the database: finding the files
 * ({@link org.ozvo.ingest.product.SourceWalker}), choosing a loader
 * ({@link org.ozvo.ingest.product.Loaders}) and completing a loader's metadata with the
 * archive's identifiers, URLs, paths and sizes ({@link org.ozvo.ingest.product.ProductRecords}).
 * Used by {@code load} and {@code convert}.
 */
package org.ozvo.ingest.product;
