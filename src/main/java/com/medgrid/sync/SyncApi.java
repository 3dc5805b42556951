package com.medgrid.sync;

import com.medgrid.fulfillment.FulfillmentService;
import com.medgrid.selling.OrderLines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code /graphql}: bulk, incremental reads for partners and vendors. Each query pages by cursor
 * ({@code first}, {@code after}) in name order and keeps rows changed at or after {@code updatedSince};
 * what a page's rows refer to (stock, prices, lines, shipments) is read for the whole page in one go
 * ({@link ItemPage}, {@link OrderPage}), never per row.
 */
@GraphQLApi
@ApplicationScoped
public class SyncApi {

    private static final String SINCE = "Only rows changed at or after this time (YYYY-MM-DD HH:MM:SS, UTC). For an incremental"
            + " sync pass the time the previous sync started.";

    @Inject
    SyncPages pages;
    @Inject
    OrderLines orderLines;
    @Inject
    FulfillmentService fulfillment;

    @Query("items")
    @Description("Catalog items by item code")
    public ItemConnection items(@Name("first") @DefaultValue("100") int first, @Name("after") String after,
                                @Name("updatedSince") @Description(SINCE) String updatedSince) throws GraphQLException {
        SyncPages.Rows page = Refusals.shown(() -> pages.page("Item", ItemNode.FIELDS, first, after, updatedSince));
        ItemPage refers = new ItemPage(pages, page.rows().stream().map(row -> (String) row.get("name")).toList());
        return new ItemConnection(page.rows().stream().map(row -> new ItemNode(row, refers)).toList(), page.pageInfo());
    }

    @Query("orders")
    @Description("Sales Orders the caller may see, by name")
    public OrderConnection orders(@Name("first") @DefaultValue("100") int first, @Name("after") String after,
                                  @Name("updatedSince") @Description(SINCE) String updatedSince) throws GraphQLException {
        SyncPages.Rows page = Refusals.shown(() -> pages.page("Sales Order", OrderNode.FIELDS, first, after, updatedSince));
        OrderPage refers = new OrderPage(orderLines, fulfillment, page.rows().stream().map(row -> (String) row.get("name")).toList());
        return new OrderConnection(page.rows().stream().map(row -> new OrderNode(row, refers)).toList(), page.pageInfo());
    }

    @Query("deliveryNotes")
    @Description("Delivery Notes (MedGrid's recorded shipments) of the orders the caller may see, by name")
    public DeliveryNoteConnection deliveryNotes(@Name("first") @DefaultValue("100") int first, @Name("after") String after,
                                                @Name("updatedSince") @Description(SINCE) String updatedSince) throws GraphQLException {
        SyncPages.Rows page = Refusals.shown(() -> pages.page("Delivery Note", DeliveryNoteNode.FIELDS, first, after, updatedSince));
        return new DeliveryNoteConnection(page.rows().stream().map(DeliveryNoteNode::new).toList(), page.pageInfo());
    }

    @Description("The item's rate in a price list; null where it has none")
    public BigDecimal rate(@Source ItemNode item, @Name("priceList") @NonNull String priceList) throws GraphQLException {
        return item.rate(priceList);
    }
}
