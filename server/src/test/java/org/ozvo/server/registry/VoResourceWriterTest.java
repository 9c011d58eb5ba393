package org.ozvo.server.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ozvo.server.testing.IvoaSchemas;

class VoResourceWriterTest {

    private final RegistryIdentity id = RegistryFixtures.identity(100);
    private final RecordState state = new RecordState(RegistryFixtures.T0, RegistryFixtures.T0.plusSeconds(60), false);

    @Test
    void everyRecordIsASchemaValidResource() {
        for (ResourceRecord r : RegistryFixtures.records(id)) {
            IvoaSchemas.assertValid(VoResourceWriter.document(r, state, id), r.ivoid());
        }
    }

    @Test
    void oneRecordPerServicePlusArchiveRegistryAndAuthority() {
        List<ResourceRecord> records = RegistryFixtures.records(id);
        assertEquals(List.of("ivo://test.ozvo.org/datalink", "ivo://test.ozvo.org/sia2", "ivo://test.ozvo.org/slink",
            "ivo://test.ozvo.org/ssa", "ivo://test.ozvo.org/tap", "ivo://test.ozvo.org/archive",
            "ivo://test.ozvo.org/registry", "ivo://test.ozvo.org"),
            records.stream().map(ResourceRecord::ivoid).toList());
        Set<String> types = records.stream().map(r -> r.kind().xsiType()).collect(Collectors.toSet());
        assertEquals(Set.of("vs:DataService", "vs:CatalogService", "vs:CatalogResource", "vg:Registry", "vg:Authority"),
            types);
    }

    @Test
    void registryRecordHasHarvestCapabilityAndManagedAuthority() {
        ResourceRecord reg = RegistryFixtures.records(id).stream()
            .filter(r -> r.kind() == ResourceRecord.Kind.REGISTRY).findFirst().orElseThrow();
        String xml = VoResourceWriter.document(reg, state, id);
        assertTrue(xml.contains("xsi:type=\"vg:Registry\""), xml);
        assertTrue(xml.contains("<capability xsi:type=\"vg:Harvest\" standardID=\"ivo://ivoa.net/std/Registry\">"), xml);
        assertTrue(xml.contains("<interface xsi:type=\"vg:OAIHTTP\" role=\"std\" version=\"1.0\">"), xml);
        assertTrue(xml.contains("<accessURL use=\"base\">http://example.org:8093/vo/oai</accessURL>"), xml);
        assertTrue(xml.contains("<full>false</full>"), xml);
        assertTrue(xml.contains("<managedAuthority>test.ozvo.org</managedAuthority>"), xml);
        assertTrue(xml.contains("created=\"2024-05-01T10:00:00Z\" updated=\"2024-05-01T10:01:00Z\" status=\"active\""), xml);
        assertTrue(xml.contains("<publisher>Test &amp; Co</publisher>"), xml);
    }

    @Test
    void sia2RecordCarriesTheSameCapabilitiesAsItsVosiEndpointAndTheObsCoreTable() {
        ResourceRecord sia = RegistryFixtures.records(id).stream()
            .filter(r -> r.ivoid().endsWith("/sia2")).findFirst().orElseThrow();
        assertEquals(List.of("ivo://ivoa.net/std/SIA#query-2.0", "ivo://ivoa.net/std/VOSI#capabilities",
            "ivo://ivoa.net/std/VOSI#availability"), sia.capabilities().stream().map(c -> c.standardId()).toList());
        String xml = VoResourceWriter.document(sia, state, id);
        assertTrue(xml.contains("<name>ivoa.obscore</name>"), xml);
        // Registry records carry the full interface: both query types and every input parameter.
        assertTrue(xml.matches("(?s).*<queryType>GET</queryType>\\s*<queryType>POST</queryType>.*"), xml);
        for (String p : List.of("POS", "BAND", "TIME", "POL", "FOV", "SPATRES", "EXPTIME", "ID", "COLLECTION",
                "FACILITY", "INSTRUMENT", "DPTYPE", "CALIB", "TARGET", "TIMERES", "SPECRP", "FORMAT", "MAXREC")) {
            assertTrue(xml.contains("<name>" + p + "</name>"), p);
        }
        assertTrue(xml.contains("<dataType arraysize=\"2\" extendedType=\"interval\">double</dataType>"), xml);
        assertTrue(xml.contains("<relationshipType>IsServiceFor</relationshipType>"), xml);
        assertTrue(xml.contains("ivo-id=\"ivo://test.ozvo.org/archive\""), xml);
    }

    @Test
    void tapRecordHasTheTableAccessCapabilityAndTheWholeTableset() {
        ResourceRecord tap = RegistryFixtures.records(id).stream()
            .filter(r -> r.ivoid().endsWith("/tap")).findFirst().orElseThrow();
        assertEquals(ResourceRecord.Kind.CATALOG_SERVICE, tap.kind());
        String xml = VoResourceWriter.document(tap, state, id);
        assertTrue(xml.contains("<capability xsi:type=\"tr:TableAccess\" standardID=\"ivo://ivoa.net/std/TAP\">"), xml);
        assertTrue(xml.contains("standardID=\"ivo://ivoa.net/std/VOSI#tables-1.1\""), xml);
        assertTrue(xml.contains("<name>tap_schema.columns</name>"), xml);
        assertTrue(xml.contains("<name>ivoa.obscore</name>"), xml);
        ResourceRecord ssa = RegistryFixtures.records(id).stream()
            .filter(r -> r.ivoid().endsWith("/ssa")).findFirst().orElseThrow();
        assertTrue(VoResourceWriter.document(ssa, state, id).contains("xsi:type=\"ssa:SimpleSpectralAccess\""));
    }

    @Test
    void authorityRecordNamesItsManagingOrganisation() {
        ResourceRecord auth = RegistryFixtures.records(id).get(RegistryFixtures.records(id).size() - 1);
        String xml = VoResourceWriter.document(auth, state, id);
        assertTrue(xml.contains("xsi:type=\"vg:Authority\""), xml);
        assertTrue(xml.contains("<identifier>ivo://test.ozvo.org</identifier>"), xml);
        assertTrue(xml.contains("<managingOrg>Test &amp; Co</managingOrg>"), xml);
    }
}
