/** HTTP plumbing shared by all services: error mapping. */
package org.ozvo.server.http;
