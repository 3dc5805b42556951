package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MdiMetadataTest {

    private static final JsonArray STATES = ApiJson.JSON.createReader(new StringReader(
            "[{\"name\":\"California\",\"abbreviation\":\"CA\"},{\"name\":\"North Carolina\",\"abbreviation\":\"NC\"},"
                    + "{\"name\":\"Texas\",\"abbreviation\":\"TX\"}]")).readArray();

    @Test
    void aSearchKeepsTheNamesThatContainItIgnoringCase() {
        assertEquals(java.util.List.of("North Carolina"), names(" CAROL"));
        assertEquals(java.util.List.of("California", "North Carolina"), names("ca"));
        assertEquals(java.util.List.of("California", "North Carolina", "Texas"), names(null));
        assertEquals(java.util.List.of("California", "North Carolina", "Texas"), names("  "));
    }

    private static java.util.List<String> names(String search) {
        return MdiMetadata.matching(STATES, search).stream().map(state -> state.getString("name")).toList();
    }

    @Test
    void idsGoIntoARequestPathOnlyWhenTheyAreUuids() {
        assertEquals("15c79e96-3095-4346-b390-224ccd1ab947", MdiMetadata.uuid("state_id", " 15c79e96-3095-4346-b390-224ccd1ab947 "));
        for (String bad : new String[] {"../../partner", "15c79e96", "15c79e96-3095-4346-b390-224ccd1ab947/cities", ""}) {
            assertThrows(VendorException.Rejected.class, () -> MdiMetadata.uuid("state_id", bad), bad);
        }
        assertThrows(VendorException.Rejected.class, () -> MdiMetadata.uuid("state_id", null));
    }
}
