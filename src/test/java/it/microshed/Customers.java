package it.microshed;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/resource/Customer}. */
@Path("/api/resource/Customer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Customers {

    record Customer(String name, @JsonbProperty("customer_name") String customerName,
                    @JsonbProperty("default_price_list") String defaultPriceList,
                    @JsonbProperty("portal_user") String portalUser) {

        static Customer create(String customerName, String defaultPriceList, String portalUser) {
            return new Customer(null, customerName, defaultPriceList, portalUser);
        }
    }

    record CustomerDoc(Customer data) {
    }

    @POST
    CustomerDoc create(Customer customer);

    @GET
    @Path("{name}")
    CustomerDoc get(@PathParam("name") String name);
}
