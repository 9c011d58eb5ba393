/** VOTable documents written by the services: error documents and XML helpers. */
package org.ozvo.dali.votable;
