package it.microshed;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** {@code /api/resource/Sales Order}. Null fields are not sent (JSON-B leaves them out). */
@Path("/api/resource/Sales Order")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SalesOrders {

    record Line(Integer idx, @JsonbProperty("item_code") String itemCode, BigDecimal qty, String warehouse,
                BigDecimal rate, BigDecimal amount, String vendor) {

        static Line of(String itemCode, int qty, String warehouse) {
            return new Line(null, itemCode, BigDecimal.valueOf(qty), warehouse, null, null, null);
        }
    }

    record SalesOrder(String name, String customer, @JsonbProperty("delivery_date") String deliveryDate,
                      @JsonbProperty("transaction_date") String transactionDate, String status, Integer docstatus,
                      @JsonbProperty("selling_price_list") String sellingPriceList, String currency,
                      @JsonbProperty("total_qty") BigDecimal totalQty, @JsonbProperty("grand_total") BigDecimal grandTotal,
                      @JsonbProperty("shipping_address_name") String shippingAddressName, List<Line> items) {

        static SalesOrder draft(String customer, String deliveryDate, List<Line> items) {
            return new SalesOrder(null, customer, deliveryDate, null, null, null, null, null, null, null, null, items);
        }
    }

    record SalesOrderDoc(SalesOrder data) {
    }

    record Ack(String data) {
    }

    @POST
    SalesOrderDoc create(SalesOrder order);

    @GET
    @Path("{name}")
    SalesOrderDoc get(@PathParam("name") String name);

    /** A partial update: only the fields in {@code changes}. */
    @PUT
    @Path("{name}")
    SalesOrderDoc update(@PathParam("name") String name, Map<String, Object> changes);

    @DELETE
    @Path("{name}")
    Ack delete(@PathParam("name") String name);
}
