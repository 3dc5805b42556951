package it.microshed;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code /api/resource/Item}: Frappe's list arguments are JSON text in query parameters; null ones are left out. */
@Path("/api/resource/Item")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Items {

    record Item(@JsonbProperty("item_code") String itemCode, @JsonbProperty("item_name") String itemName,
                String description, @JsonbProperty("stock_uom") String stockUom) {
    }

    record ItemDoc(Item data) {
    }

    record ItemPage(List<Item> data) {
    }

    @GET
    ItemPage list(@QueryParam("fields") String fields, @QueryParam("filters") String filters,
                  @QueryParam("order_by") String orderBy, @QueryParam("limit_start") Integer limitStart,
                  @QueryParam("limit_page_length") Integer limitPageLength);

    @POST
    ItemDoc create(Item item);

    @GET
    @Path("{code}")
    ItemDoc get(@PathParam("code") String code);
}
