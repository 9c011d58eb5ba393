package org.ozvo.datalink.links;

import java.util.List;
import java.util.Objects;

/**
 * A DataLink service descriptor (DataLink 1.1 section 4): where a service is, what standard
 * it follows, and its input parameters. Written by {@link DescriptorXml}.
 *
 * @param xmlId              XML ID of the RESOURCE (referenced from service_def), or null
 * @param name               RESOURCE name, or null
 * @param description        text, or null
 * @param standardId         IVOA standard of the service, or null for a custom one
 * @param accessUrl          the service's URL
 * @param contentType        MIME type of what it returns, or null
 * @param inputs             the {@code inputParams} group
 */
public record ServiceDescriptor(String xmlId, String name, String description, String standardId, String accessUrl,
                                String contentType, List<DescriptorParam> inputs) {

    public ServiceDescriptor {
        Objects.requireNonNull(accessUrl, "accessUrl");
        inputs = List.copyOf(inputs);
    }
}
