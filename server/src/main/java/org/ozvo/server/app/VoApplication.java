package org.ozvo.server.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The only JAX-RS application. The WAR is deployed as {@code vo}, so every service lives under
 * {@code /vo/}: {@code ssa/query}, {@code sia2/query}, {@code tap}, {@code datalink/links},
 * {@code slink}, {@code oai} and the server-wide {@code availability}.
 */
@ApplicationPath("/")
public class VoApplication extends Application {
}
