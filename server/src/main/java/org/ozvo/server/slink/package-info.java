/**
 * The spectrum service ("slink") at {@code /vo/slink}: one product by publisher DID, as
 * VOTable (default) or the simplified FITS, optionally cut to a SODA {@code BAND}; the original
 * survey file at {@code /vo/slink/original} (DataLink {@code #progenitor}) and the preview plot
 * at {@code /vo/slink/preview}. ID and BAND behave as SODA 1.0 sync requires, so the DataLink
 * cut-out descriptor can claim SODA: an empty cut answers 204, errors are {@code text/plain}
 * starting with the SODA error keyword.
 */
package org.ozvo.server.slink;
