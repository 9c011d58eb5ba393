/**
 * The DataLink 1.1 {links} service at {@code /vo/datalink/links} (GET and POST, one or many
 * {@code ID}s) and the product lookup by publisher DID that it shares with the spectrum
 * service. Link rows and descriptors come from the {@code datalink} module; this package only
 * reads requests, looks products up and streams the table.
 */
package org.ozvo.server.datalink;
