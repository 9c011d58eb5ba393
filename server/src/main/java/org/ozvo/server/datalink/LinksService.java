package org.ozvo.server.datalink;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ozvo.dali.table.TableResult;
import org.ozvo.datalink.links.ArchiveUrls;
import org.ozvo.datalink.links.DescriptorXml;
import org.ozvo.datalink.links.Descriptors;
import org.ozvo.datalink.links.LinkFactory;
import org.ozvo.datalink.links.LinkRow;
import org.ozvo.datalink.links.LinkTable;
import org.ozvo.datalink.links.ProductFiles;
import org.ozvo.server.app.ServerSettings;

/**
 * Builds {links} responses: looks every answered identifier up in one batch, makes its rows
 * (or its NotFoundFault row), and adds the cut-out descriptor of each spectrum. When MAXREC
 * leaves identifiers unanswered, the first row of the next identifier is appended beyond the
 * row limit, so the writer reports the overflow without splitting any identifier's rows.
 * Thread-safe.
 */
@ApplicationScoped
public class LinksService {

    @Inject
    ProductLookup lookup;

    @Inject
    ServerSettings settings;

    private ArchiveUrls urls;
    private LinkFactory factory;

    @PostConstruct
    void init() {
        urls = new ArchiveUrls(settings.layout());
        factory = new LinkFactory(urls, new ProductFiles(settings.layout()));
    }

    /** The response table; the caller writes and closes it. */
    public TableResult links(LinksRequest request) {
        List<String> answered = request.ids().subList(0, request.answered());
        Map<String, ProductLookup.Found> found = lookup.findAll(answered);
        List<LinkRow> rows = new ArrayList<>();
        List<String> descriptors = new ArrayList<>();
        for (String id : answered) {
            ProductLookup.Found f = found.get(id);
            if (f == null) {
                rows.add(LinkFactory.unknown(id));
                continue;
            }
            String descriptorId = null;
            if (f.isSpectrum()) {
                descriptorId = "cutout-" + (descriptors.size() + 1);
                descriptors.add(DescriptorXml.render(Descriptors.cutout(urls, f.info(), descriptorId)));
            }
            rows.addAll(factory.rows(id, f.info(), f.isSpectrum(), descriptorId));
        }
        int limit = rows.size();
        if (request.overflow()) {
            // Never written: its presence makes the writer report OVERFLOW after the last full ID.
            rows.add(LinkFactory.unknown(request.ids().get(request.answered())));
        }
        return LinkTable.result(rows, descriptors, request.overflow() ? limit : -1);
    }
}
