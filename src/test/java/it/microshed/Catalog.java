package it.microshed;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.List;

/** The catalog methods ({@code medgrid.catalog.*}, README "Catalog and Sales Orders"). Null arguments are left out. */
@Path("/api/method")
@Produces(MediaType.APPLICATION_JSON)
public interface Catalog {

    /** A row of {@code items_in_warehouse} or {@code search_items} (which adds {@code warehouse}). */
    record Row(@JsonbProperty("item_code") String itemCode, @JsonbProperty("item_name") String itemName,
               String description, @JsonbProperty("stock_uom") String stockUom, BigDecimal rate,
               @JsonbProperty("available_qty") BigDecimal availableQty, String warehouse) {
    }

    record Rows(List<Row> message) {
    }

    record StockCount(@JsonbProperty("item_code") String itemCode, String warehouse, BigDecimal qty) {
    }

    record Bin(@JsonbProperty("item_code") String itemCode, String warehouse,
               @JsonbProperty("actual_qty") BigDecimal actualQty) {
    }

    record BinAnswer(Bin message) {
    }

    @GET
    @Path("medgrid.catalog.search_items")
    Rows searchItems(@QueryParam("query") String query, @QueryParam("warehouse") String warehouse,
                     @QueryParam("price_list") String priceList, @QueryParam("limit_start") Integer limitStart,
                     @QueryParam("limit_page_length") Integer limitPageLength);

    @GET
    @Path("medgrid.catalog.items_in_warehouse")
    Rows itemsInWarehouse(@QueryParam("warehouse") String warehouse, @QueryParam("price_list") String priceList);

    @POST
    @Path("medgrid.catalog.set_stock")
    @Consumes(MediaType.APPLICATION_JSON)
    BinAnswer setStock(StockCount count);
}
