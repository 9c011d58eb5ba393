/**
 * Per-survey readers of original spectrum files. {@link org.ozvo.loaders.LoaderRegistry} finds
 * the loaders (listed for {@link java.util.ServiceLoader}) and picks the one that recognises a
 * file; the SPI is in {@code spi}, each survey in its own package.
 */
package org.ozvo.loaders;
