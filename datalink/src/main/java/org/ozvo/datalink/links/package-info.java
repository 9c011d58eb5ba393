/**
 * DataLink 1.1 {links} content, without HTTP: the link rows of a spectrum
 * ({@link org.ozvo.datalink.links.LinkFactory}: {@code #this} as FITS and VOTable,
 * {@code #progenitor}, {@code #preview-plot} and the cut-out service), error rows for unknown
 * identifiers, the {links} table layout ({@link org.ozvo.datalink.links.LinkTable}) and service
 * descriptors ({@link org.ozvo.datalink.links.ServiceDescriptor}) written as VOTable
 * {@code RESOURCE type="meta" utype="adhoc:service"} fragments.
 */
package org.ozvo.datalink.links;
