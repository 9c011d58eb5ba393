package org.ozvo.server.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryIdentityTest {

    @Test
    void demoDefaultsComeFromTheAuthorityAndBaseUrl() {
        RegistryIdentity id = RegistryIdentity.from(k -> null, "ivo://demo.ozvo.org", "http://localhost:8080/vo");
        assertEquals("demo.ozvo.org", id.authorityId());
        assertEquals("ivo://demo.ozvo.org", id.authorityIvoid());
        assertEquals("ivo://demo.ozvo.org/sia2", id.ivoid("sia2"));
        assertEquals("OzVO demonstration archive", id.publisher());
        assertEquals("vo-admin@demo.ozvo.org", id.contactEmail());
        assertEquals("http://localhost:8080/vo", id.referenceUrl());
        assertEquals(100, id.pageSize());
    }

    @Test
    void environmentOverridesTheDefaults() {
        Map<String, String> env = Map.of("VO_PUBLISHER", "AAO Data Central", "VO_CONTACT_NAME", "Help desk",
            "VO_CONTACT_EMAIL", "help@example.org", "VO_REFERENCE_URL", "https://example.org/about",
            "VO_OAI_PAGE_SIZE", "25");
        RegistryIdentity id = RegistryIdentity.from(env::get, "ivo://example.org", "http://h/vo");
        assertEquals(new RegistryIdentity("example.org", "AAO Data Central", "Help desk", "help@example.org",
            "https://example.org/about", 25), id);
    }

    @Test
    void badSettingsNameTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RegistryIdentity.from(
            k -> k.equals("VO_CONTACT_EMAIL") ? "nobody" : null, "ivo://demo.ozvo.org", "http://h/vo"));
        assertTrue(e.getMessage().startsWith("VO_CONTACT_EMAIL"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> RegistryIdentity.from(
            k -> k.equals("VO_OAI_PAGE_SIZE") ? "many" : null, "ivo://demo.ozvo.org", "http://h/vo"));
        assertThrows(IllegalStateException.class, () -> RegistryIdentity.from(k -> null, "ivo://x", "http://h/vo"));
    }
}
