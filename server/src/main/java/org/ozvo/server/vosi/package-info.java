/** VOSI endpoints: availability (and, per service, capabilities). */
package org.ozvo.server.vosi;
