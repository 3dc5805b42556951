package com.medgrid.sandbox.pharmaone;

import com.medgrid.sandbox.DemoData;
import com.medgrid.sandbox.SandboxVendor.DemoProduct;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated pharmacy sells: one product per demo item (SKU = item code), in a fixed order,
 * so the demo data's {@code pharmaone_product_id} of an item names exactly a product the simulator
 * serves. A product's id follows from its item code alone ({@code p1prod_b12loz-5mg}), so it is the
 * same on every start and in every database, whatever other simulators add. Every org sells this
 * catalog (a test org has no catalog of its own to set up). Stock is made up but fixed. One demo
 * product needs a prescription (its orders carry a prescription of the org, {@code POST /prescriptions});
 * it comes last, as the demo data tops up a database that lacks the first one only.
 */
final class PharmaOneCatalog {

    static final String PRODUCT_ID_FIELD = "pharmaone_product_id";
    private static final String PRODUCT_ID_PREFIX = "p1prod_";

    /** Two over the counter, then one prescription product. */
    static final List<DemoProduct> DEMO_PRODUCTS = List.of(
            demoProduct("B12LOZ", "Methylcobalamin B12 Lozenges", "Methylcobalamin 1000 mcg sublingual lozenges", "Bottle", 19, false),
            demoProduct("ZNPIC", "Zinc Picolinate Capsules", "Zinc picolinate 30 mg capsules", "Bottle", 14, false),
            demoProduct("SEMAP1", "Semaglutide (PharmaOne compounded)", "Compounded semaglutide injection, prescription only", "Vial", 199, true));

    /** A product as {@code /products} and {@code /inventory} show it; {@code prescription}: sold only against a prescription. */
    record Product(String id, String name, String sku, int price, int available, boolean prescription) {
    }

    static final List<Product> PRODUCTS = products();

    private PharmaOneCatalog() {
    }

    static Optional<Product> byId(String productId) {
        return PRODUCTS.stream().filter(p -> p.id().equals(productId)).findFirst();
    }

    /** The product id of the demo item with this code. */
    static String productId(String itemCode) {
        return PRODUCT_ID_PREFIX + itemCode.toLowerCase(Locale.ROOT);
    }

    private static DemoProduct demoProduct(String code, String name, String description, String uom, int price, boolean prescription) {
        return new DemoProduct(code, name, description, uom, price, prescription, (item, n) -> Map.of(PRODUCT_ID_FIELD, productId(item)));
    }

    private static List<Product> products() {
        List<Product> products = new ArrayList<>();
        for (DemoProduct product : DEMO_PRODUCTS) {
            for (String strength : DemoData.STRENGTHS) {
                String sku = DemoData.itemCode(product.code(), strength);
                products.add(new Product(productId(sku), product.name() + " " + strength, sku, product.price(), stock(products.size()),
                        product.prescription()));
            }
        }
        return List.copyOf(products);
    }

    /** Made-up but fixed stock; every ninth product is out of stock. */
    private static int stock(int position) {
        return position % 9 == 8 ? 0 : (position * 53 + 17) % 400;
    }
}
