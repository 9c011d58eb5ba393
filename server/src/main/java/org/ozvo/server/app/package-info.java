/** Application wiring: JAX-RS application, configuration, connection pools, startup. */
package org.ozvo.server.app;
